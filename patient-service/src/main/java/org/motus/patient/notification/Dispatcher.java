package org.motus.patient.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.motus.problem.log.OutageLog;

/**
 * Sends the outbox's due EMAIL and PUSH rows. Each row is sent in its own transaction that holds
 * the row's lock ({@code FOR UPDATE SKIP LOCKED}) from the claim until it is marked SENT (or its
 * failure is recorded): two replicas never take the same row, and a replica that dies mid-send
 * releases its row with its connection, unchanged, for the next run anywhere.
 *
 * <p>Delivery is at least once: if the process dies after the SMTP server accepted a message but
 * before the commit, the row is sent again. Each email carries the row's id as its
 * {@code Message-ID} (and in {@code X-Motus-Notification}), so a repeat is recognisably the same
 * message. Exactly once is not possible across SMTP and a database without a shared transaction.
 *
 * <p>A failed attempt is retried with backoff until {@code max-attempts}; a row that can never be
 * delivered ({@link Undeliverable}: its recipient's account is deactivated) is a dead letter at once.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final Clock clock;
    private final NotificationConfig config;
    private final EmailSender email;
    private final PushSender push;
    private final OutageLog outage = OutageLog.to(LOG, "Notification dispatcher");

    public Dispatcher(Clock clock, NotificationConfig config, EmailSender email, PushSender push) {
        this.clock = clock;
        this.config = config;
        this.email = email;
        this.push = push;
    }

    @Scheduled(
            identity = "notification-dispatcher",
            every = "${motus.notifications.dispatch-every}",
            delayed = "${motus.notifications.dispatch-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (outage.isStopping()) {
            return;
        }
        try {
            dispatchDue();
            outage.succeeded();
        } catch (RuntimeException e) {
            // While the database is down every run fails: one ERROR, then a summary a minute.
            outage.failed(e);
        }
    }

    /** A run that overlaps shutdown meets a closed EntityManagerFactory: not an error. */
    void onShutdown(@Observes ShutdownEvent stopping) {
        outage.stopping();
    }

    /** Sends up to one batch of due rows, one transaction each; answers how many it took. */
    public int dispatchDue() {
        int taken = 0;
        while (taken < config.batchSize() && QuarkusTransaction.requiringNew().call(this::sendOne)) {
            taken++;
        }
        return taken;
    }

    private boolean sendOne() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Notification> due = Panache.getEntityManager()
                .createNativeQuery("""
                        select * from notification
                         where status = 'PENDING' and next_attempt_at <= ?1
                         order by next_attempt_at, id
                         limit 1
                         for update skip locked""", Notification.class)
                .setParameter(1, now)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Notification notification = due.get(0);
        notification.attempts++;
        notification.lastAttemptAt = now;
        try {
            switch (notification.channel) {
                case EMAIL -> email.send(notification);
                case PUSH -> push.send(notification);
                case IN_APP -> throw new IllegalStateException("an in-app notification is not sent");
            }
            notification.status = NotificationStatus.SENT;
            notification.sentAt = now;
            notification.lastError = null;
        } catch (RuntimeException e) {
            notification.lastError = describe(e);
            if (e instanceof Undeliverable || notification.attempts >= config.maxAttempts()) {
                notification.status = NotificationStatus.DEAD;
                LOG.warnf(
                        "Notification %s is a dead letter after %d attempts: %s",
                        notification.id, notification.attempts, notification.lastError);
            } else {
                notification.nextAttemptAt = now.plus(config.backoff().after(notification.attempts));
                LOG.infof(
                        "Notification %s failed (attempt %d), next at %s: %s",
                        notification.id, notification.attempts, notification.nextAttemptAt, notification.lastError);
            }
        }
        return true;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < MAX_ERROR_LENGTH; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }
}
