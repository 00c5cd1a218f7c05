package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 19 item 6: the advice says the same in each language, with the same numbers. */
class AdviceWordsTest {

    /** Each text of a language, with distinct numbers, so a dropped or swapped number shows. */
    private static List<String> texts(AdviceWords words) {
        return List.of(
                words.heartRateAboveCap(141),
                words.aboveCeiling(7, 3),
                words.notBackAtFollowUp(),
                words.makeItLighter(),
                words.slowDownHeartRate(127),
                words.followUpLate(),
                words.recordFollowUp("14:30 CET", "13:30 CET", "16:00 CET"),
                words.keepGoing(),
                words.callEmergency("112"),
                words.seekUrgentCare("999"));
    }

    @ParameterizedTest
    @EnumSource(AdviceWords.class)
    void everyTextIsThereWithItsNumbers(AdviceWords words) {
        List<String> texts = texts(words);
        texts.forEach(text -> assertFalse(text.isBlank(), words + ": " + texts));
        assertEquals(2, count(texts.get(0), "141"), texts.get(0));
        assertTrue(texts.get(1).contains("7/10") && texts.get(1).contains("3/10"), texts.get(1));
        assertTrue(texts.get(1).endsWith(" ") && texts.get(2).endsWith(" "), "a reason is followed by the advice");
        assertTrue(texts.get(4).contains("127"), texts.get(4));
        assertTrue(texts.get(5).contains("1 h 30 min") && texts.get(5).contains("4 h"), texts.get(5));
        String follow = texts.get(6);
        assertTrue(
                follow.indexOf("14:30 CET") < follow.indexOf("13:30 CET")
                        && follow.indexOf("13:30 CET") < follow.indexOf("16:00 CET"),
                follow);
        assertTrue(texts.get(8).contains("112"), texts.get(8));
        assertTrue(texts.get(9).contains("999"), texts.get(9));
    }

    @ParameterizedTest
    @EnumSource(
            value = AdviceWords.class,
            names = {"ES", "DE"})
    void aTranslationIsNotEnglish(AdviceWords words) {
        List<String> english = texts(AdviceWords.EN);
        List<String> translated = texts(words);
        for (int i = 0; i < english.size(); i++) {
            assertNotEquals(english.get(i), translated.get(i));
        }
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "'es-MX,es;q=0.9,en;q=0.5', ES",
                "de, DE",
                "DE-at, DE",
                "'fr-FR, de;q=0.5', DE",
                "'de;q=0.4, es;q=0.8', ES",
                "en-US, EN",
                "fr, EN",
                "*, EN",
                "null, EN",
                "'', EN",
                "'   ', EN",
                "'es;q=abc', EN",
            })
    void theScreensLanguageComesFromAcceptLanguage(String header, AdviceWords expected) {
        assertEquals(expected, AdviceWords.forAcceptLanguage(header));
    }

    @Test
    void aSessionsAdviceInSpanishHasTheSameCodesAsInEnglish() {
        Instant ended = Instant.parse("2026-11-26T12:00:00Z");
        HeartRateCheck.Result hr = HeartRateCheck.check(175, false, null, 150, 160);
        SessionOutcome outcome = SessionOutcome.evaluate(2, 7, 6, null, false, 3, hr);
        Advice.SessionFacts facts = new Advice.SessionFacts(
                EnumSet.of(RedFlag.NIGHT_PAIN),
                hr,
                outcome.ceiling(),
                outcome.ceilingUsed(),
                outcome.worstActivityPain(),
                outcome.twoHourRule(),
                FollowUpWindow.after(ended));
        Function<AdviceWords, List<Advice>> in =
                words -> Advice.forSession(facts, ended.plusSeconds(60), ZoneId.of("Europe/Madrid"), "112", words);
        List<Advice> english = in.apply(AdviceWords.EN);
        List<Advice> spanish = in.apply(AdviceWords.ES);
        assertEquals(
                english.stream().map(Advice::code).toList(),
                spanish.stream().map(Advice::code).toList());
        assertEquals(AdviceCode.SEEK_URGENT_CARE, spanish.get(0).code());
        assertTrue(
                spanish.get(0).text().startsWith("Detenga el programa"),
                spanish.get(0).text());
        assertEquals(Advice.forSession(facts, ended.plusSeconds(60), ZoneId.of("Europe/Madrid"), "112"), english);
        assertEquals(
                List.of(new Advice(AdviceCode.CALL_EMERGENCY, AdviceWords.DE.callEmergency("112"))),
                Advice.forRedFlags(EnumSet.of(RedFlag.CHEST_SYMPTOMS), "112", AdviceWords.DE));
        assertEquals(List.of(), Advice.forRedFlags(EnumSet.noneOf(RedFlag.class), "112", AdviceWords.DE));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
