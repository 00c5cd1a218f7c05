package org.motus.patient.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.Advice;
import org.motus.patient.rules.RedFlag;

/** A stored check-in with what the patient is told after it. */
public record CheckInView(
        UUID id,
        UUID patientId,
        CheckInKind kind,
        int pain,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) UUID sessionId,
        Instant occurredAt,
        Instant recordedAt,

        @Schema(
                nullable = true,
                description = "Red-flag codes answered yes or found in the note; null when not screened")
        List<RedFlag> redFlags,

        @Schema(nullable = true, description = "FOLLOW_UP only: taken after its window closed (rule 12); else null")
        Boolean late,

        @Schema(description = "DAILY: the red-flag advice or []; a session's reading: the session's advice after it")
        List<Advice> advice) {

    public static CheckInView of(CheckIn checkIn, List<Advice> advice) {
        Set<RedFlag> redFlags = RedFlag.decode(checkIn.redFlags);
        return new CheckInView(
                checkIn.id,
                checkIn.patientId,
                checkIn.kind,
                checkIn.pain,
                checkIn.note,
                checkIn.sessionId,
                checkIn.occurredAt,
                checkIn.recordedAt,
                redFlags == null ? null : redFlags.stream().sorted().toList(),
                checkIn.late,
                advice);
    }
}
