package org.motus.gateway.visit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened in a visit: when the call really ran, who joined when, how often each came back. */
public record VisitRecordView(
        UUID visitId,
        VisitStatus status,
        Instant actualStart,
        Instant actualEnd,
        Long durationSeconds,
        List<Joined> attendance,
        Reconnects reconnects) {

    public record Joined(String role, Instant joinedAt, Instant leftAt, boolean reconnect) {}

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
