package org.motus.patient.flag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.Severity;

public record FlagView(
        UUID id,
        UUID patientId,

        @Schema(nullable = true, description = "The session that broke a rule, or null")
        UUID sessionId,

        @Schema(nullable = true, description = "The check-in that raised it, or null")
        UUID checkInId,

        FlagKind kind,
        Severity severity,
        String detail,

        @Schema(description = "For RED_FLAG the codes answered yes or found in the note, else []")
        List<RedFlag> redFlags,

        Instant raisedAt,
        boolean open,
        @Schema(nullable = true) Instant acknowledgedAt,
        @Schema(nullable = true) String acknowledgedBy) {

    public static FlagView of(Flag flag) {
        return new FlagView(
                flag.id,
                flag.patientId,
                flag.sessionId,
                flag.checkInId,
                flag.kind,
                flag.severity,
                flag.detail,
                RedFlag.decode(flag.redFlags).stream().sorted().toList(),
                flag.raisedAt,
                flag.acknowledgedAt == null,
                flag.acknowledgedAt,
                flag.acknowledgedBy);
    }
}
