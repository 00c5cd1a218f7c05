package org.motus.patient.staff;

/**
 * The recipient's staff account is deactivated (or gone) in Keycloak: they get nothing, however often
 * it is tried. The outbox makes the row a dead letter at once, with this message for admins.
 */
public class RecipientClosed extends RuntimeException {
    public RecipientClosed(String message) {
        super(message);
    }
}
