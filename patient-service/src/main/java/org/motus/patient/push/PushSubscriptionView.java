package org.motus.patient.push;

import java.time.Instant;
import java.util.UUID;

/** A stored subscription, as its owner sees it (the keys are not repeated). */
public record PushSubscriptionView(UUID id, String endpoint, Instant createdAt) {

    static PushSubscriptionView of(PushSubscription subscription) {
        return new PushSubscriptionView(subscription.id, subscription.endpoint, subscription.createdAt);
    }
}
