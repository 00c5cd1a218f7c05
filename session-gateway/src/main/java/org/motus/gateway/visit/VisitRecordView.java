package org.motus.gateway.visit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened in a visit: when the call really ran, who joined when, how often each came back. */
@Schema(name = "VisitRecord")
public record VisitRecordView(
        UUID visitId,
        VisitStatus status,

        @Schema(description = "When the therapist admitted the patient; null before", nullable = true)
        Instant actualStart,

        @Schema(description = "When the therapist ended the call; null before", nullable = true)
        Instant actualEnd,

        @Schema(description = "actualEnd - actualStart; null until both are known", nullable = true)
        Long durationSeconds,

        List<Joined> attendance,
        Reconnects reconnects) {

    /** One signalling connection: who joined when, until when, and whether it came back after a drop. */
    public record Joined(
            @Schema(enumeration = {"therapist", "patient"}) String role,
            Instant joinedAt,

            @Schema(description = "null while still connected (or when the gateway stopped)", nullable = true)
            Instant leftAt,

            boolean reconnect) {}

    public record Reconnects(int therapist, int patient) {}

    static VisitRecordView of(Visit visit, List<Attendance> attendance) {
        Long duration = visit.actualStart != null && visit.actualEnd != null
                ? java.time.Duration.between(visit.actualStart, visit.actualEnd).toSeconds()
                : null;
        return new VisitRecordView(
                visit.id,
                visit.status,
                visit.actualStart,
                visit.actualEnd,
                duration,
                attendance.stream()
                        .map(a -> new Joined(a.role.wireName(), a.joinedAt, a.leftAt, a.reconnect))
                        .toList(),
                new Reconnects(visit.therapistReconnects, visit.patientReconnects));
    }
}
