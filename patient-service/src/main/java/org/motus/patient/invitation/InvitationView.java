package org.motus.patient.invitation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.account.Role;

/** An invitation as an admin (or the inviting therapist) sees it. */
public record InvitationView(
        UUID id,
        Role role,
        String email,

        @Schema(description = "Keycloak subject of the account created")
        String subject,

        @Schema(nullable = true, description = "The patient's record; null for staff")
        UUID patientId,

        String invitedBy,
        Instant invitedAt,
        Instant lastSentAt,

        @Schema(description = "When the latest email's link stops working")
        Instant expiresAt,

        int sentCount,
        @Schema(nullable = true) Instant acceptedAt,
        InvitationStatus status) {

    static InvitationView of(Invitation invitation, Instant now) {
        return new InvitationView(
                invitation.id,
                invitation.role,
                invitation.email,
                invitation.subject,
                invitation.patientId,
                invitation.invitedBy,
                invitation.invitedAt,
                invitation.lastSentAt,
                invitation.expiresAt,
                invitation.sentCount,
                invitation.acceptedAt,
                invitation.statusAt(now));
    }
}
