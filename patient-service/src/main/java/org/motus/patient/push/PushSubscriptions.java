package org.motus.patient.push;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motus.patient.access.Caller;
import org.motus.problem.NotFound;

/**
 * The browsers that asked for push messages, per person, and the one configured sender. A person
 * reaches only their own subscriptions; a browser's endpoint is stored once, for whoever subscribed
 * it last (another person signing in to the same browser takes it over).
 */
@ApplicationScoped
public class PushSubscriptions {

    /** The browsers one person is notified on; subscribing one more drops the oldest. */
    public static final int MAX_PER_PERSON = 10;

    private final Clock clock;
    private final PushConfig config;
    private final Optional<WebPush> sender;

    public PushSubscriptions(Clock clock, PushConfig config, PushTransport transport) {
        this.clock = clock;
        this.config = config;
        this.sender =
                config.vapidPublicKey().isPresent() && config.vapidPrivateKey().isPresent()
                        ? Optional.of(new WebPush(
                                config.vapidPublicKey().get(),
                                config.vapidPrivateKey().get(),
                                config.vapidSubject().orElse("mailto:privacy@motus.invalid"),
                                Clock.systemUTC(),
                                transport.client()))
                        : Optional.empty();
    }

    /** The configured sender, or empty when Web Push is off. */
    public Optional<WebPush> sender() {
        return sender;
    }

    public VapidPublicKey publicKey() {
        return config.vapidPublicKey()
                .filter(key -> sender.isPresent())
                .map(VapidPublicKey::new)
                .orElseThrow(() -> new NotFound("Web Push is not configured on this server."));
    }

    @Transactional
    public PushSubscriptionView subscribe(Caller caller, PushSubscriptionRequest request) {
        if (sender.isEmpty()) {
            throw new NotFound("Web Push is not configured on this server.");
        }
        if (!WebPush.isPublicKey(request.keys().p256dh())) {
            throw new InvalidSubscription("keys.p256dh is not an uncompressed P-256 public key.");
        }
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into push_subscription (id, subject, endpoint, p256dh, auth, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (endpoint) do update
                           set subject = excluded.subject, p256dh = excluded.p256dh, auth = excluded.auth,
                               created_at = excluded.created_at""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, caller.subject())
                .setParameter(3, request.endpoint())
                .setParameter(4, request.keys().p256dh())
                .setParameter(5, request.keys().auth())
                .setParameter(6, clock.instant())
                .executeUpdate();
        // A browser that was wiped never unsubscribes: keep the newest few per person (ADR 0044).
        Panache.getEntityManager()
                .createNativeQuery("""
                        delete from push_subscription where subject = ?1 and id not in (
                            select id from push_subscription where subject = ?1
                             order by created_at desc, id desc limit ?2)""")
                .setParameter(1, caller.subject())
                .setParameter(2, MAX_PER_PERSON)
                .executeUpdate();
        return PushSubscriptionView.of(PushSubscription.<PushSubscription>find("endpoint", request.endpoint())
                .singleResult());
    }

    @Transactional
    public List<PushSubscriptionView> list(Caller caller) {
        return PushSubscription.of(caller.subject()).stream()
                .map(PushSubscriptionView::of)
                .toList();
    }

    /** Removes one of the caller's subscriptions; someone else's answers 404 like a missing one. */
    @Transactional
    public void unsubscribe(Caller caller, UUID id) {
        long deleted = PushSubscription.delete("id = ?1 and subject = ?2", id, caller.subject());
        if (deleted == 0) {
            throw new NotFound("No push subscription " + id + ".");
        }
    }

    /** A push service said the browser is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID id) {
        PushSubscription.deleteById(id);
    }
}
