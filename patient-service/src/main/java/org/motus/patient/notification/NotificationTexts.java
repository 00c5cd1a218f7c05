package org.motus.patient.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a notification says, in English here and in Spanish and German in
 * {@code messages/notification_es.properties} and {@code _de.properties} (a test fails when one
 * misses a key). Titles say only that there is something: never a name or health data.
 */
@MessageBundle(value = "notification", locale = "en")
public interface NotificationTexts {

    @Message("You have a new urgent alert in Motus")
    String urgentAlert();

    @Message("{#if count == 1}You have 1 new alert in Motus{#else}You have {count} new alerts in Motus{/if}")
    String alertDigest(int count);

    @Message("You have a reminder in Motus")
    String reminder();

    @Message("You have a new message in Motus")
    String newMessage();

    @Message("Your therapist asked you to answer a questionnaire in Motus")
    String promAssigned();

    @Message("{title}.\n\nOpen Motus to see it: {url}\n\n"
            + "For privacy, this email leaves the details out: they are in Motus, behind your sign-in.\n")
    String emailBody(String title, String url);
}
