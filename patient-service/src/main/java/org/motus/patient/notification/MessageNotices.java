package org.motus.patient.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.motus.patient.message.AuthorRole;
import org.motus.patient.message.MessageStored;
import org.motus.patient.preferences.ContactPreference;
import org.motus.patient.push.PushSubscription;
import org.motus.patient.record.CareTeamMember;
import org.motus.patient.record.Patient;

/**
 * A new secure message tells the other side (issue 14 item 4), written in the transaction that
 * stores the message: a message that does not commit notifies no one. The patient's message goes
 * to each therapist of their care team, a therapist's to the patient; never to the author.
 *
 * <p>In-app always, linking to the thread. Email and push: a therapist by email and on every
 * browser they subscribed; a patient as their contact preferences say ({@code messageNotices}).
 * Every channel renders only {@link Topic#NEW_MESSAGE}'s title: no text, no name, no health data.
 */
@ApplicationScoped
public class MessageNotices {

    /** The patient's thread in the web app. */
    static final String PATIENT_THREAD_LINK = "/messages";

    private final Outbox outbox;

    public MessageNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The therapist's view of one patient, where their thread is. */
    static String therapistThreadLink(UUID patientId) {
        return "/patients/" + patientId;
    }

    void onMessageStored(@Observes MessageStored message) {
        Patient patient = message.patient();
        String cause = "message:" + message.messageId();
        if (message.authorRole() == AuthorRole.PATIENT) {
            for (CareTeamMember member : CareTeamMember.ofPatient(patient.id)) {
                String therapist = member.key.therapistSubject();
                if (!therapist.equals(message.authorSubject())) {
                    notify(therapist, patient.id, therapistThreadLink(patient.id), true, true, cause);
                }
            }
        } else if (patient.subject != null && !patient.subject.equals(message.authorSubject())) {
            ContactPreference chosen = ContactPreference.findById(patient.id);
            // No stored choice: the defaults, in Motus only (ContactPreferencesView.DEFAULTS).
            boolean email = chosen != null
                    && chosen.messageEmail
                    && patient.contactEmail != null
                    && !patient.contactEmail.isBlank();
            boolean push = chosen != null && chosen.messageWebPush;
            notify(patient.subject, patient.id, PATIENT_THREAD_LINK, email, push, cause);
        }
    }

    private void notify(String recipient, UUID patientId, String link, boolean email, boolean push, String cause) {
        outbox.enqueue(recipient, Channel.IN_APP, Topic.NEW_MESSAGE, 1, link, cause);
        if (email && !alreadyTold(recipient, patientId, link, Channel.EMAIL)) {
            outbox.enqueue(recipient, Channel.EMAIL, Topic.NEW_MESSAGE, 1, link, cause);
        }
        if (push
                && PushSubscription.count("subject", recipient) > 0
                && !alreadyTold(recipient, patientId, link, Channel.PUSH)) {
            outbox.enqueue(recipient, Channel.PUSH, Topic.NEW_MESSAGE, 1, link, cause);
        }
    }

    /**
     * Coalescing: a busy thread must not send an email (or a push) per message. One is enough while
     * the recipient has not looked: so none is written while an earlier NEW_MESSAGE notice of this
     * channel for this thread is still unsent (PENDING), or was written after the recipient last read
     * anything in the thread (they have been told and have not opened it since). Once they read the
     * thread, the next message tells them again. The in-app notice is not coalesced: it costs nothing
     * and the notification centre is where the recipient sees how many came.
     */
    private static boolean alreadyTold(String recipient, UUID patientId, String link, Channel channel) {
        Number earlier = (Number) Panache.getEntityManager()
                .createNativeQuery("""
                        select count(*) from notification n
                         where n.recipient_subject = ?1 and n.topic = 'NEW_MESSAGE' and n.channel = ?2 and n.link = ?3
                           and (n.status = 'PENDING'
                                or n.created_at > coalesce(
                                       (select max(r.read_at) from message_read r join message m on m.id = r.message_id
                                         where m.patient_id = ?4 and r.reader_subject = ?1),
                                       cast('-infinity' as timestamptz)))""")
                .setParameter(1, recipient)
                .setParameter(2, channel.name())
                .setParameter(3, link)
                .setParameter(4, patientId)
                .getSingleResult();
        return earlier.longValue() > 0;
    }
}
