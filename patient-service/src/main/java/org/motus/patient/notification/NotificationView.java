package org.motus.patient.notification;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the caller's notification centre. */
public record NotificationView(
        UUID id,
        Topic topic,

        @Schema(description = "What to show, in the recipient's chosen language: never a patient's name or health data")
        String title,

        @Schema(description = "How many things it is about (a digest counts its alerts)")
        int count,

        @Schema(description = "The web app's path to open") String link,
        Instant createdAt,

        @Schema(nullable = true, description = "When the recipient marked it read, or null")
        Instant readAt) {

    static NotificationView of(Notification notification, NotificationTexts texts) {
        return new NotificationView(
                notification.id,
                notification.topic,
                notification.topic.title(notification.itemCount, texts),
                notification.itemCount,
                notification.link,
                notification.createdAt,
                notification.readAt);
    }
}
