package org.motus.patient.language;

import org.junit.jupiter.api.Test;
import org.motus.patient.notification.NotificationTexts;
import org.motus.problem.testing.TranslatedMessageBundles;

/**
 * Every notification text has a Spanish and a German translation using the same parameters: Qute
 * would silently fall back to English for a missing key, so this is what fails on one.
 */
class NotificationTextsTranslatedTest {

    @Test
    void everyTextIsTranslatedWithTheSameParameters() {
        TranslatedMessageBundles.check(NotificationTexts.class, "messages/notification");
    }
}
