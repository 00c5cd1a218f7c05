package org.motus.patient.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.motus.patient.language.Texts;
import org.motus.patient.record.Patient;
import org.motus.patient.staff.RecipientClosed;
import org.motus.patient.staff.StaffDirectory;

/**
 * Sends an EMAIL row through SMTP (Quarkus Mailer) to a patient's contact email, or to a staff
 * member's address ({@link StaffDirectory}: their token's, else their Keycloak account's; nothing
 * to a deactivated account).
 * The text comes from the row's {@link Topic} only, in the recipient's language: a title and a link, never health data.
 */
@ApplicationScoped
public class EmailSender {

    private final Mailer mailer;
    private final StaffDirectory staff;
    private final NotificationConfig config;
    private final Texts texts;
    private final String instance;

    public EmailSender(Mailer mailer, StaffDirectory staff, NotificationConfig config, Texts texts) {
        this.mailer = mailer;
        this.texts = texts;
        this.staff = staff;
        this.config = config;
        this.instance = config.instanceName().orElseGet(EmailSender::hostAndPid);
    }

    void send(Notification notification) {
        String to = patientEmail(notification.recipientSubject)
                .or(() -> staffEmail(notification.recipientSubject))
                .orElseThrow(() -> new IllegalStateException(
                        "No email address on record for this recipient (none in Motus, Keycloak not reachable)"));
        String url = config.webUrl() + notification.link;
        // In the language the recipient chose in Motus (English when they chose none).
        NotificationTexts words = texts.forPerson(NotificationTexts.class, notification.recipientSubject);
        mailer.send(Mail.withText(
                        to,
                        notification.topic.title(notification.itemCount, words),
                        notification.topic.emailBody(notification.itemCount, url, words))
                .addHeader("Message-ID", messageId(notification))
                .addHeader("X-Motus-Notification", notification.id.toString())
                .addHeader("X-Motus-Sent-By", instance));
    }

    private Optional<String> staffEmail(String subject) {
        try {
            return staff.emailOf(subject);
        } catch (RecipientClosed closed) {
            throw new Undeliverable(closed.getMessage());
        }
    }

    /** A patient's address: the contact email on their record (their account's, from the invitation). */
    private static Optional<String> patientEmail(String subject) {
        return Patient.findBySubject(subject)
                .map(patient -> patient.contactEmail)
                .filter(email -> !email.isBlank());
    }

    /** The same for every attempt at one row, so a repeat after a crash is recognisably the same message. */
    static String messageId(Notification notification) {
        return "<" + notification.id + "@notification.motus>";
    }

    private static String hostAndPid() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/"
                    + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
