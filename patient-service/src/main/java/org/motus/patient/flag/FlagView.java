package org.motus.patient.flag;

import java.time.Instant;
import java.util.UUID;

public record FlagView(UUID id, UUID patientId, UUID sessionId, FlagKind kind, String detail, Instant raisedAt,
                       boolean open, Instant acknowledgedAt, String acknowledgedBy) {

    static FlagView of(Flag flag) {
        return new FlagView(flag.id, flag.patientId, flag.sessionId, flag.kind, flag.detail, flag.raisedAt,
                flag.acknowledgedAt == null, flag.acknowledgedAt, flag.acknowledgedBy);
    }
}
