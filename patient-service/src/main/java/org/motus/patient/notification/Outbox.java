package org.motus.patient.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes notifications into the outbox, always inside the caller's transaction (the cause and its
 * notifications commit together or not at all). The dispatcher sends EMAIL and PUSH rows later; an
 * IN_APP row is delivered by being written.
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * One notification per recipient and channel. {@code cause} names what caused it (a flag's id, a
     * digest's day); the same cause, channel and recipient is stored once however often it is enqueued.
     *
     * @return whether a row was written (false: it was enqueued before)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(
            String recipientSubject, Channel channel, Topic topic, int count, String link, String cause) {
        Instant now = clock.instant();
        boolean inApp = channel == Channel.IN_APP;
        return Panache.getEntityManager()
                        .createNativeQuery("""
                                insert into notification (id, recipient_subject, channel, topic, item_count, link,
                                                          dedupe_key, status, next_attempt_at, created_at, sent_at)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, case when ?8 = 'SENT' then cast(?9 as timestamptz) end)
                                on conflict (dedupe_key) do nothing""")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, recipientSubject)
                        .setParameter(3, channel.name())
                        .setParameter(4, topic.name())
                        .setParameter(5, count)
                        .setParameter(6, link)
                        .setParameter(7, dedupeKey(cause, channel, recipientSubject))
                        .setParameter(8, (inApp ? NotificationStatus.SENT : NotificationStatus.PENDING).name())
                        .setParameter(9, now)
                        .executeUpdate()
                == 1;
    }

    static String dedupeKey(String cause, Channel channel, String recipientSubject) {
        return cause + ":" + channel + ":" + recipientSubject;
    }
}
