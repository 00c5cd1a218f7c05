package org.motus.patient.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.motus.patient.message.MessageStored;
import org.motus.problem.Conflict;

/**
 * Test only: fails the post of a message whose text is {@link #TEXT}, after {@link MessageNotices}
 * wrote its notices (a later priority), to prove they roll back with the message.
 */
@ApplicationScoped
public class RollBackAfterNotices {

    static final String TEXT = "Fail this post after the notices are written";

    void onMessageStored(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) MessageStored message) {
        Object body = Panache.getEntityManager()
                .createNativeQuery("select body from message where id = ?1")
                .setParameter(1, message.messageId())
                .getSingleResult();
        if (TEXT.equals(body)) {
            Number notices = (Number) Panache.getEntityManager()
                    .createNativeQuery("select count(*) from notification where dedupe_key like ?1")
                    .setParameter(1, "message:" + message.messageId() + ":%")
                    .getSingleResult();
            if (notices.longValue() == 0) {
                throw new IllegalStateException("MessageNotices did not run first: this test would prove nothing");
            }
            throw new Conflict("Failed on purpose after the notices were written.");
        }
    }
}
