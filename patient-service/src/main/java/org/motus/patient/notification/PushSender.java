package org.motus.patient.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.motus.patient.language.Texts;
import org.motus.patient.push.PushSubscription;
import org.motus.patient.push.PushSubscriptions;
import org.motus.patient.push.WebPush;
import org.motus.patient.staff.RecipientClosed;
import org.motus.patient.staff.StaffDirectory;

/**
 * Sends a PUSH row to every browser its recipient subscribed. The payload is the topic's title, a
 * link and the row's id as the notification's tag (a repeat replaces the shown one): no health data.
 * A subscription the push service calls gone is forgotten; any other failure fails the row (retried).
 * A deactivated therapist's or admin's browsers get nothing.
 */
@ApplicationScoped
public class PushSender {

    private final PushSubscriptions subscriptions;
    private final StaffDirectory staff;
    private final NotificationConfig config;
    private final ObjectMapper json;
    private final Texts texts;

    public PushSender(
            PushSubscriptions subscriptions,
            StaffDirectory staff,
            NotificationConfig config,
            ObjectMapper json,
            Texts texts) {
        this.texts = texts;
        this.subscriptions = subscriptions;
        this.staff = staff;
        this.config = config;
        this.json = json;
    }

    void send(Notification notification) {
        WebPush sender = subscriptions
                .sender()
                .orElseThrow(() -> new IllegalStateException("Web Push is not configured (no VAPID key pair)"));
        try {
            staff.checkNotClosed(notification.recipientSubject);
        } catch (RecipientClosed closed) {
            throw new Undeliverable(closed.getMessage());
        }
        String payload = payload(notification);
        List<String> failures = new ArrayList<>();
        for (PushSubscription subscription : PushSubscription.of(notification.recipientSubject)) {
            try {
                if (sender.send(subscription.endpoint, subscription.p256dh, subscription.auth, payload)
                        == WebPush.Outcome.GONE) {
                    subscriptions.forget(subscription.id);
                }
            } catch (RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
    }

    String payload(Notification notification) {
        try {
            return json.writeValueAsString(Map.of(
                    "title",
                    notification.topic.title(
                            notification.itemCount,
                            texts.forPerson(NotificationTexts.class, notification.recipientSubject)),
                    "url",
                    config.webUrl() + notification.link,
                    "tag",
                    notification.id.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
