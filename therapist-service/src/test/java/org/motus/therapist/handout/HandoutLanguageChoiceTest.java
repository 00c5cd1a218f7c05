package org.motus.therapist.handout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which language a handout is printed in (ADR 0048). */
class HandoutLanguageChoiceTest {

    @Test
    void theAskedLanguageWinsThenThePatientsChoiceThenTheScreenThenEnglish() {
        assertThat(HandoutLanguage.choose("de", "es", "es")).isEqualTo(HandoutLanguage.GERMAN);
        assertThat(HandoutLanguage.choose(null, "es", "de")).isEqualTo(HandoutLanguage.SPANISH);
        assertThat(HandoutLanguage.choose(null, null, "de")).isEqualTo(HandoutLanguage.GERMAN);
        assertThat(HandoutLanguage.choose(null, null, null)).isEqualTo(HandoutLanguage.ENGLISH);
        assertThat(HandoutLanguage.choose(null, "en", "es")).isEqualTo(HandoutLanguage.ENGLISH);
    }

    @Test
    void anythingButATagMotusPrintsInIsPassedOver() {
        assertThat(HandoutLanguage.choose("fr", "xx", "es")).isEqualTo(HandoutLanguage.SPANISH);
        assertThat(HandoutLanguage.choose("", "ES", null)).isEqualTo(HandoutLanguage.ENGLISH);
        assertThat(HandoutLanguage.ofTag("es-MX")).isEmpty();
        assertThat(HandoutLanguage.ofTag(null)).isEmpty();
    }
}
