package org.motus.therapist.handout;

import org.junit.jupiter.api.Test;
import org.motus.problem.testing.TranslatedMessageBundles;

/** Every handout text has a Spanish and a German translation with the same parameters (ADR 0048). */
class HandoutTextsTranslatedTest {

    @Test
    void everyTextIsTranslatedWithTheSameParameters() {
        TranslatedMessageBundles.check(HandoutTexts.class, "messages/handout");
    }
}
