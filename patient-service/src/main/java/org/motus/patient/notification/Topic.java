package org.motus.patient.notification;

/**
 * What a notification is about. Every channel's text is written here from the topic and a count,
 * so no notification can carry a patient's name or health data: the recipient opens Motus to see it.
 */
public enum Topic {
    /** A red flag (URGENT) on one of the therapist's patients. */
    URGENT_ALERT,
    /** The daily digest of HIGH and ROUTINE alerts on the therapist's caseload. */
    ALERT_DIGEST,
    /** A patient's two-hour follow-up is due (rule 12), or its window closes soon. */
    FOLLOW_UP_REMINDER,
    /** A patient's programme day, at the time they chose. */
    PROGRAMME_DAY_REMINDER,
    /** A patient's days with data fall behind the 16-of-30 pace (rule 22). */
    PACE_NUDGE,
    /** A patient's video visit: a day and a quarter of an hour before; the link joins it. */
    VISIT_REMINDER,
    /** A new secure message in the recipient's thread (a patient's, or one on a therapist's caseload). */
    NEW_MESSAGE,
    /** The patient's therapist asked them to answer a questionnaire (a PROM, rule 19). */
    PROM_ASSIGNED;

    /** The title: an email's subject, a push notification's title, the notification centre's line. */
    public String title(int count, NotificationTexts texts) {
        return switch (this) {
            case URGENT_ALERT -> texts.urgentAlert();
            case ALERT_DIGEST -> texts.alertDigest(count);
            // A reminder says only that there is one: a lock screen or a shared inbox learns nothing.
            case FOLLOW_UP_REMINDER, PROGRAMME_DAY_REMINDER, PACE_NUDGE, VISIT_REMINDER -> texts.reminder();
            // Never the text, the author or the patient: only that there is a message.
            case NEW_MESSAGE -> texts.newMessage();
            // Never which questionnaire: that it is there is enough to open Motus.
            case PROM_ASSIGNED -> texts.promAssigned();
        };
    }

    /** The plain-text body of an email: the title and a link, nothing else. */
    public String emailBody(int count, String url, NotificationTexts texts) {
        return texts.emailBody(title(count, texts), url);
    }
}
