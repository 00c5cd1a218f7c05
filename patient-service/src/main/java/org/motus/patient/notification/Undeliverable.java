package org.motus.patient.notification;

/**
 * A row that can never be delivered as it stands (its recipient's account is deactivated or gone):
 * the dispatcher makes it a dead letter at once instead of trying again. An admin may retry it once
 * the cause is gone (the account reactivated).
 */
class Undeliverable extends RuntimeException {
    Undeliverable(String message) {
        super(message);
    }
}
