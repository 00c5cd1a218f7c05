package org.motus.patient.careteam;

import java.time.Instant;
import java.util.UUID;

/** A care-team transfer as it was recorded. */
public record TransferView(
        UUID id,
        UUID patientId,
        String fromTherapistSubject,
        String toTherapistSubject,
        String note,
        String transferredBy,
        Instant transferredAt) {

    static TransferView of(CareTeamTransfer transfer) {
        return new TransferView(
                transfer.id,
                transfer.patientId,
                transfer.fromSubject,
                transfer.toSubject,
                transfer.note,
                transfer.transferredBy,
                transfer.transferredAt);
    }
}
