package org.motus.patient.invitation;

/** Where an invitation stands: its link still works, it ran out (resend it), or the account is set up. */
public enum InvitationStatus {
    PENDING,
    EXPIRED,
    ACCEPTED
}
