package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdviceTest {

    private static final Instant ENDED = Instant.parse("2026-11-26T12:00:00Z");
    private final FollowUpWindow WINDOW = FollowUpWindow.after(ENDED);
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final HeartRateCheck.Result HR_OK = HeartRateCheck.check(175, false, null, 110, 120);

    private static List<AdviceCode> codes(List<Advice> advice) {
        return advice.stream().map(Advice::code).toList();
    }

    private List<Advice> session(
            Set<RedFlag> redFlags,
            HeartRateCheck.Result hr,
            int before,
            Integer during,
            Integer after,
            Integer followUp,
            boolean late,
            int ceiling,
            Instant now) {
        SessionOutcome outcome = SessionOutcome.evaluate(before, during, after, followUp, late, ceiling, hr);
        return Advice.forSession(
                new Advice.SessionFacts(
                        redFlags,
                        hr,
                        outcome.ceiling(),
                        outcome.ceilingUsed(),
                        outcome.worstActivityPain(),
                        outcome.twoHourRule(),
                        WINDOW),
                now,
                UTC,
                "112");
    }

    @Test
    void regressionSaddleNumbnessAndBladderAtTenIsAnEmergencyNotAThankYou() {
        List<Advice> advice = Advice.forRedFlags(EnumSet.of(RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL), "112");
        assertEquals(List.of(AdviceCode.CALL_EMERGENCY), codes(advice));
        assertTrue(advice.get(0).text().contains("call the emergency number 112"));
        assertTrue(advice.get(0).text().startsWith("Stop the programme now"));
    }

    @Test
    void emergencyWinsOverUrgentCareAndTheNumberIsConfigurable() {
        assertEquals(
                List.of(AdviceCode.CALL_EMERGENCY),
                codes(Advice.forRedFlags(EnumSet.of(RedFlag.FALL_OR_INJURY, RedFlag.CHEST_SYMPTOMS), "911")));
        assertTrue(Advice.forRedFlags(Set.of(RedFlag.CHEST_SYMPTOMS), "911")
                .get(0)
                .text()
                .contains("911"));
        List<Advice> urgent = Advice.forRedFlags(Set.of(RedFlag.NIGHT_PAIN), "999");
        assertEquals(List.of(AdviceCode.SEEK_URGENT_CARE), codes(urgent));
        assertTrue(urgent.get(0).text().contains("urgent medical care today"));
        assertTrue(urgent.get(0).text().contains("999"));
        assertEquals(List.of(), Advice.forRedFlags(Set.of(), "112"));
        assertEquals(List.of(), Advice.forRedFlags(null, "112"));
    }

    @Test
    void regressionCeilingBrokenButBackToBaselineStillAdvisesLessIntensityNamingTheCeiling() {
        List<Advice> advice = session(Set.of(), HR_OK, 3, 6, 4, 3, false, 3, ENDED.plusSeconds(7200));
        assertEquals(List.of(AdviceCode.REDUCE_INTENSITY), codes(advice));
        assertTrue(advice.get(0).text().contains("reached 6/10, above your ceiling of 3/10"));
        assertTrue(advice.get(0).text().contains("Keep the same number of sessions"));
        assertFalse(advice.get(0).text().toLowerCase().contains("fewer"));
    }

    @Test
    void notBackAdvisesLessIntensityWithoutBlamingTheCeiling() {
        List<Advice> advice = session(Set.of(), HR_OK, 3, 3, 3, 4, false, 3, ENDED.plusSeconds(7200));
        assertEquals(List.of(AdviceCode.REDUCE_INTENSITY), codes(advice));
        assertTrue(advice.get(0).text().startsWith("Your pain was not back"));
    }

    @Test
    void aLateFollowUpIsNotAssessedAndSaysSo() {
        List<Advice> advice = session(Set.of(), HR_OK, 3, 3, 3, 2, true, 3, ENDED.plusSeconds(3 * 86400));
        assertEquals(List.of(AdviceCode.FOLLOW_UP_LATE), codes(advice));
        assertTrue(advice.get(0).text().contains("not assessed"));
    }

    @Test
    void aMissingFollowUpAsksForItWithTheWindowUntilItCloses() {
        List<Advice> open = session(Set.of(), HR_OK, 3, 3, 3, null, false, 3, ENDED.plusSeconds(60));
        assertEquals(List.of(AdviceCode.RECORD_FOLLOW_UP), codes(open));
        assertEquals(
                "Rate your pain again at 14:00 UTC (between 13:30 UTC and 16:00 UTC).",
                open.get(0).text());
        assertEquals(
                List.of(AdviceCode.RECORD_FOLLOW_UP),
                codes(session(Set.of(), HR_OK, 3, 3, 3, null, false, 3, WINDOW.closesAt())));
        assertEquals(
                List.of(AdviceCode.CONTINUE),
                codes(session(
                        Set.of(),
                        HR_OK,
                        3,
                        3,
                        3,
                        null,
                        false,
                        3,
                        WINDOW.closesAt().plusSeconds(1))));
        assertEquals(
                "Rate your pain again at 15:00 CET (between 14:30 CET and 17:00 CET).",
                Advice.forSession(
                                new Advice.SessionFacts(
                                        Set.of(), HR_OK, null, 3, null, TwoHourRule.Outcome.FOLLOW_UP_MISSING, WINDOW),
                                ENDED,
                                ZoneId.of("Europe/Berlin"),
                                "112")
                        .get(0)
                        .text());
    }

    @Test
    void heartRateAdvice() {
        HeartRateCheck.Result cap = HeartRateCheck.check(175, true, null, 150, 172);
        List<Advice> advice = session(Set.of(), cap, 3, 3, 3, 3, false, 3, ENDED.plusSeconds(7200));
        assertEquals(List.of(AdviceCode.HEART_RATE_ABOVE_CAP), codes(advice));
        assertTrue(advice.get(0).text().contains("safe limit of 140 bpm"));
        HeartRateCheck.Result zone = HeartRateCheck.check(175, false, 70, 130, 140);
        List<Advice> slow = session(Set.of(), zone, 3, 3, 3, 3, false, 3, ENDED.plusSeconds(7200));
        assertEquals(List.of(AdviceCode.SLOW_DOWN_HEART_RATE), codes(slow));
        assertTrue(slow.get(0).text().contains("up to 123 bpm"));
        assertEquals(
                List.of(AdviceCode.CONTINUE),
                codes(session(Set.of(), null, 3, 3, 3, 3, false, 3, ENDED.plusSeconds(7200))));
    }

    @Test
    void everythingAtOnceComesMostImportantFirst() {
        HeartRateCheck.Result cap = HeartRateCheck.check(175, true, 60, 150, 172);
        List<Advice> advice = session(Set.of(RedFlag.FALL_OR_INJURY), cap, 3, 6, 6, null, false, 3, ENDED);
        assertEquals(
                List.of(
                        AdviceCode.SEEK_URGENT_CARE,
                        AdviceCode.HEART_RATE_ABOVE_CAP,
                        AdviceCode.REDUCE_INTENSITY,
                        AdviceCode.RECORD_FOLLOW_UP),
                codes(advice));
        HeartRateCheck.Result zone = HeartRateCheck.check(175, false, 60, 150, 160);
        assertEquals(
                List.of(AdviceCode.REDUCE_INTENSITY, AdviceCode.SLOW_DOWN_HEART_RATE, AdviceCode.FOLLOW_UP_LATE),
                codes(session(Set.of(), zone, 3, 6, 6, 3, true, 3, ENDED)));
    }

    /** Exhaustive over the scale: intensity is reduced exactly when a rule broke; never fewer sessions; never empty. */
    @Test
    void intensityIsReducedExactlyWhenASessionBreaksARule() {
        for (int before = 0; before <= 10; before++) {
            for (int worst = 0; worst <= 10; worst++) {
                for (int followUp = -1; followUp <= 10; followUp++) {
                    intensityIsReducedExactlyWhenASessionBreaksARule(before, worst, followUp == -1 ? null : followUp);
                }
            }
        }
    }

    private void intensityIsReducedExactlyWhenASessionBreaksARule(int before, int worst, Integer followUp) {
        List<Advice> advice =
                session(Set.of(), HR_OK, before, worst, null, followUp, false, 3, ENDED.plusSeconds(7200));
        boolean brokeARule = worst > 3 || followUp != null && followUp > before;
        assertEquals(brokeARule, codes(advice).contains(AdviceCode.REDUCE_INTENSITY));
        assertEquals(!brokeARule && followUp != null, codes(advice).equals(List.of(AdviceCode.CONTINUE)));
        assertFalse(advice.isEmpty());
        advice.forEach(a -> assertFalse(a.text().toLowerCase().contains("fewer sessions")));
    }

    @Test
    void mergingKeepsTheOrderEachCodeOnceAndDropsContinueWhenSomethingElseIsSaid() {
        Advice emergency =
                Advice.forRedFlags(Set.of(RedFlag.CHEST_SYMPTOMS), "112").get(0);
        Advice keepGoing = new Advice(AdviceCode.CONTINUE, "Well done. Keep going as prescribed.");
        Advice reduce = new Advice(AdviceCode.REDUCE_INTENSITY, "first");
        assertEquals(List.of(emergency), Advice.merge(List.of(emergency), List.of(keepGoing)));
        assertEquals(List.of(keepGoing), Advice.merge(List.of(), List.of(keepGoing)));
        assertEquals(List.of(keepGoing), Advice.merge(List.of(keepGoing), List.of()));
        assertEquals(
                List.of(emergency, reduce),
                Advice.merge(List.of(reduce), List.of(new Advice(AdviceCode.REDUCE_INTENSITY, "second"), emergency)));
        assertEquals(List.of(), Advice.merge(List.of(), List.of()));
    }
}
