package org.motus.patient.checkin;

import java.time.Instant;
import java.util.UUID;

/** A stored check-in. */
public record CheckInView(UUID id, UUID patientId, CheckInKind kind, int pain, String note, UUID sessionId,
                          Instant occurredAt, Instant recordedAt) {

    public static CheckInView of(CheckIn checkIn) {
        return new CheckInView(checkIn.id, checkIn.patientId, checkIn.kind, checkIn.pain, checkIn.note,
                checkIn.sessionId, checkIn.occurredAt, checkIn.recordedAt);
    }
}
