package org.motus.patient.notification;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An outbox row given up on, for admins: who it was for, how it was to go, and why it failed;
 * no health data (a notification never carries any).
 */
public record DeadLetterView(
        UUID id,

        @Schema(description = "The recipient's Keycloak subject")
        String recipientSubject,

        @Schema(description = "Whether the recipient is a patient or staff (a therapist or an admin)")
        RecipientRole recipientRole,

        Channel channel,
        Topic topic,
        NotificationStatus status,
        int attempts,

        @Schema(nullable = true, description = "The last failure, or null")
        String lastError,

        Instant createdAt,

        @Schema(nullable = true, description = "When it was last tried, or null")
        Instant lastAttemptAt,

        @Schema(description = "When it will be tried next (PENDING)")
        Instant nextAttemptAt) {

    static DeadLetterView of(Notification notification, RecipientRole role) {
        return new DeadLetterView(
                notification.id,
                notification.recipientSubject,
                role,
                notification.channel,
                notification.topic,
                notification.status,
                notification.attempts,
                notification.lastError,
                notification.createdAt,
                notification.lastAttemptAt,
                notification.nextAttemptAt);
    }
}
