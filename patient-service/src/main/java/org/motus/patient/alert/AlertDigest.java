package org.motus.patient.alert;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.motus.patient.notification.Channel;
import org.motus.patient.notification.Outbox;
import org.motus.patient.notification.Topic;
import org.motus.patient.push.PushSubscription;

/**
 * Once a day, at the hour each therapist chose in their time zone (default 07:00 UTC), one digest of
 * the HIGH and ROUTINE flags raised on their caseload since the last one and still open: in-app, by
 * email (and push where subscribed), with the count only. Nothing new, no digest.
 *
 * <p>One replica makes the digests of a run: the run holds a PostgreSQL advisory lock for its
 * transaction ({@code pg_try_advisory_xact_lock}), and each digest's outbox key names the therapist
 * and the day, so even a second run on the same day stores nothing twice.
 */
@ApplicationScoped
public class AlertDigest {

    /** The advisory lock key of the digest run ("motus digest" in ASCII, any constant unique in this database). */
    static final long LOCK_KEY = 0x6d6f747573646967L;
    /** A therapist's first digest looks back this far. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private final Clock clock;
    private final Outbox outbox;

    public AlertDigest(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    @Scheduled(
            identity = "alert-digest",
            every = "${motus.notifications.digest-every}",
            delayed = "${motus.notifications.dispatch-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        makeDueDigests();
    }

    /** Makes every digest due now; answers how many were enqueued (0 if another replica holds the lock). */
    public int makeDueDigests() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) Panache.getEntityManager()
                    .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK_KEY)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            Instant now = clock.instant();
            int made = 0;
            for (String therapist : therapists()) {
                if (digestFor(therapist, now)) {
                    made++;
                }
            }
            return made;
        });
    }

    private boolean digestFor(String therapist, Instant now) {
        AlertPreference preference =
                AlertPreference.<AlertPreference>findByIdOptional(therapist).orElseGet(AlertPreference::new);
        ZonedDateTime local = now.atZone(ZoneId.of(preference.timeZone));
        LocalDate today = local.toLocalDate();
        if (local.getHour() < preference.digestHour
                || (preference.lastDigestOn != null && !preference.lastDigestOn.isBefore(today))) {
            return false;
        }
        Instant since = preference.lastDigestAt != null ? preference.lastDigestAt : now.minus(FIRST_LOOK_BACK);
        long count = ((Number) Panache.getEntityManager()
                        .createNativeQuery("""
                                select count(*) from flag f
                                  join care_team_member m on m.patient_id = f.patient_id
                                 where m.therapist_subject = ?1 and f.severity in ('HIGH', 'ROUTINE')
                                   and f.acknowledged_at is null and f.raised_at > ?2 and f.raised_at <= ?3""")
                        .setParameter(1, therapist)
                        .setParameter(2, since)
                        .setParameter(3, now)
                        .getSingleResult())
                .longValue();
        // An upsert that keeps the hour and zone: the therapist may set them at the same moment.
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into alert_preference (therapist_subject, last_digest_on, last_digest_at, updated_at)
                        values (?1, ?2, ?3, ?3)
                        on conflict (therapist_subject) do update
                           set last_digest_on = excluded.last_digest_on, last_digest_at = excluded.last_digest_at""")
                .setParameter(1, therapist)
                .setParameter(2, today)
                .setParameter(3, now)
                .executeUpdate();
        if (count == 0) {
            return false;
        }
        int items = (int) Math.min(count, 100_000);
        String cause = "digest:" + therapist + ":" + today;
        outbox.enqueue(therapist, Channel.IN_APP, Topic.ALERT_DIGEST, items, TherapistAlerts.CASELOAD_LINK, cause);
        outbox.enqueue(therapist, Channel.EMAIL, Topic.ALERT_DIGEST, items, TherapistAlerts.CASELOAD_LINK, cause);
        if (PushSubscription.count("subject", therapist) > 0) {
            outbox.enqueue(therapist, Channel.PUSH, Topic.ALERT_DIGEST, items, TherapistAlerts.CASELOAD_LINK, cause);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<String> therapists() {
        return Panache.getEntityManager()
                .createNativeQuery("select distinct therapist_subject from care_team_member order by 1")
                .getResultList();
    }
}
