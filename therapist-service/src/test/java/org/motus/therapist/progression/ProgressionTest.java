package org.motus.therapist.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.therapist.dosage.Dosage;

/** clinical-rules.md §5, 12, 14 and 15, one plan item at a time, with the boundaries. */
class ProgressionTest {

    static final UUID PLAN_ITEM = UUID.randomUUID();
    static final UUID EXERCISE = UUID.randomUUID();
    static final UUID OTHER_EXERCISE = UUID.randomUUID();
    /** Prescribed 3 times a week: at least 2 sessions are needed. */
    static final Progression.Item ITEM = new Progression.Item(PLAN_ITEM, EXERCISE, 3);

    static Progression.Session with(
            String twoHour, String ceiling, String heartRate, Integer before, Integer peak, Integer after) {
        return new Progression.Session(
                Set.of(PLAN_ITEM), Set.of(EXERCISE), twoHour, ceiling, heartRate, before, peak, after);
    }

    static Progression.Session met(int before, int peak) {
        return with("BACK_TO_BASELINE", "WITHIN", "WITHIN", before, peak, peak);
    }

    static Progression.Session withoutTheItem(String twoHour, String ceiling, String heartRate) {
        return new Progression.Session(
                Set.of(UUID.randomUUID()), Set.of(OTHER_EXERCISE), twoHour, ceiling, heartRate, 2, 2, 2);
    }

    @Test
    void allSessionsMetWithoutAnyRiseSuggestsTenPercentMore() {
        Progression.Verdict verdict = Progression.suggest(ITEM, List.of(met(3, 3), met(3, 2), met(2, 2)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.INCREASE);
        assertThat(verdict.percent()).isEqualByComparingTo("10");
        assertThat(verdict.counts()).isEqualTo(new Progression.Counts(3, 3, 3, 0, 0, 0, 0));
        assertThat(verdict.reason()).contains("All 3 session(s)", "10 %", "no rise");
    }

    @Test
    void allSessionsMetWithASmallRiseSuggestsFivePercentMore() {
        Progression.Verdict verdict = Progression.suggest(ITEM, List.of(met(2, 3), met(2, 2)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.INCREASE);
        assertThat(verdict.percent()).isEqualByComparingTo("5");
        assertThat(verdict.reason()).contains("smaller step");
    }

    @ParameterizedTest(name = "before {0}, during {1}, after {2} -> rose {3}")
    @CsvSource(
            nullValues = "-",
            value = {"2,2,2,false", "2,3,2,true", "2,2,3,true", "2,1,-,false", "-,2,2,true", "2,-,2,true", "3,2,3,false"
            })
    void painRoseComparesDuringAndAfterWithBefore(Integer before, Integer during, Integer after, boolean rose) {
        assertThat(Progression.painRose(with("BACK_TO_BASELINE", "WITHIN", null, before, during, after)))
                .isEqualTo(rose);
    }

    @Test
    void painNotBackWithinTwoHoursStepsBackWithTheReason() {
        Progression.Verdict verdict =
                Progression.suggest(ITEM, List.of(met(2, 3), with("NOT_BACK", "WITHIN", null, 2, 3, 3)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.STEP_BACK);
        assertThat(verdict.percent()).isEqualByComparingTo("10");
        assertThat(verdict.reason())
                .startsWith("1 of 2")
                .contains("2 hours", "not how often")
                .doesNotContain("ceiling", "heart-rate cap");
        assertThat(verdict.counts().notBackWithinTwoHours()).isEqualTo(1);
    }

    @Test
    void painAboveTheCeilingStepsBackWithoutJudgingThePainNumbersAgain() {
        // patient-service judged the ceiling (its own, per patient): 5/10 may be within a ceiling of 6.
        Progression.Verdict within =
                Progression.suggest(ITEM, List.of(with("BACK_TO_BASELINE", "WITHIN", null, 5, 5, 5), met(2, 2)));
        assertThat(within.outcome()).isEqualTo(Progression.Outcome.INCREASE);
        Progression.Verdict above =
                Progression.suggest(ITEM, List.of(with("BACK_TO_BASELINE", "ABOVE", null, 1, 2, 2), met(2, 2)));
        assertThat(above.outcome()).isEqualTo(Progression.Outcome.STEP_BACK);
        assertThat(above.reason())
                .startsWith("1 of 2")
                .contains("pain ceiling")
                .doesNotContain("2 hours later", "heart-rate cap");
        assertThat(above.counts().aboveCeiling()).isEqualTo(1);
    }

    @Test
    void aSessionTooMuchAndAHeartRateAboveTheCapStepsBackAndSaysBoth() {
        Progression.Verdict verdict =
                Progression.suggest(ITEM, List.of(with("NOT_BACK", "ABOVE", "ABOVE_CAP", 2, 5, 5), met(2, 2)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.STEP_BACK);
        assertThat(verdict.reason()).contains("2 hours later", "pain ceiling", "heart-rate cap");
    }

    @Test
    void aHeartRateAboveTheCapThatWeekHoldsEvenInASessionWithoutTheItem() {
        Progression.Verdict verdict = Progression.suggest(
                ITEM,
                List.of(met(2, 2), met(2, 2), met(2, 2), withoutTheItem("BACK_TO_BASELINE", "WITHIN", "ABOVE_CAP")));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.HOLD);
        assertThat(verdict.percent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(verdict.reason()).contains("heart-rate cap", "§14");
        assertThat(verdict.counts().heartRateAboveCap()).isEqualTo(1);
        assertThat(verdict.counts().sessions()).isEqualTo(3);
    }

    @ParameterizedTest(name = "heart rate {0} does not hold")
    @ValueSource(strings = {"WITHIN", "ABOVE_ZONE", "NOT_RECORDED", "NO_DATE_OF_BIRTH"})
    void otherHeartRateVerdictsDoNotHold(String heartRate) {
        Progression.Verdict verdict =
                Progression.suggest(ITEM, List.of(met(2, 2), with("BACK_TO_BASELINE", "WITHIN", heartRate, 2, 2, 2)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.INCREASE);
    }

    @ParameterizedTest(name = "two-hour rule {0} is never met")
    @ValueSource(strings = {"FOLLOW_UP_MISSING", "NOT_ASSESSED_LATE", "SOMETHING_NEW"})
    void aMissingOrLateFollowUpHolds(String twoHour) {
        Progression.Verdict verdict =
                Progression.suggest(ITEM, List.of(met(2, 2), with(twoHour, "WITHIN", null, 2, 3, 3)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.HOLD);
        assertThat(verdict.percent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(verdict.reason()).contains("follow-up", "late");
        assertThat(verdict.counts().unconfirmed()).isEqualTo(1);
        assertThat(verdict.counts().metBoth()).isEqualTo(1);
    }

    @Test
    void noSessionsWithTheItemHolds() {
        Progression.Verdict verdict = Progression.suggest(
                ITEM,
                List.of(
                        withoutTheItem("BACK_TO_BASELINE", "WITHIN", null),
                        withoutTheItem("BACK_TO_BASELINE", "WITHIN", null)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.HOLD);
        assertThat(verdict.reason()).contains("No sessions with this item");
        assertThat(verdict.counts().sessions()).isZero();
    }

    @Test
    void aSessionThatWasTooMuchWithoutTheItemDoesNotStepThisItemBack() {
        Progression.Verdict verdict =
                Progression.suggest(ITEM, List.of(met(2, 2), met(2, 2), withoutTheItem("NOT_BACK", "ABOVE", null)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.INCREASE);
    }

    @Test
    void aSessionCountsWhenItNamesThePlanItemOrOnlyTheExercise() {
        Progression.Session byPlanItem =
                new Progression.Session(Set.of(PLAN_ITEM), Set.of(), "BACK_TO_BASELINE", "WITHIN", null, 2, 2, 2);
        Progression.Session byExercise =
                new Progression.Session(null, Set.of(EXERCISE), "BACK_TO_BASELINE", "WITHIN", null, 2, 2, 2);
        Progression.Session neither =
                new Progression.Session(Set.of(), null, "BACK_TO_BASELINE", "WITHIN", null, 2, 2, 2);
        assertThat(Progression.includes(byPlanItem, ITEM)).isTrue();
        assertThat(Progression.includes(byExercise, ITEM)).isTrue();
        assertThat(Progression.includes(neither, ITEM)).isFalse();
        assertThat(Progression.suggest(ITEM, List.of(byPlanItem, byExercise, neither))
                        .counts()
                        .sessions())
                .isEqualTo(2);
    }

    /** Rule 15: at least half the prescribed sessions; 3 prescribed needs 2, 4 needs 2, 5 needs 3. */
    @ParameterizedTest(name = "{1} of {0} prescribed -> {2}")
    @CsvSource({
        "3,1,HOLD",
        "3,2,INCREASE",
        "4,1,HOLD",
        "4,2,INCREASE",
        "5,2,HOLD",
        "5,3,INCREASE",
        "1,1,INCREASE",
        "14,6,HOLD",
        "14,7,INCREASE"
    })
    void atLeastHalfThePrescribedSessionsAreNeeded(int prescribed, int done, Progression.Outcome outcome) {
        List<Progression.Session> week = new ArrayList<>();
        for (int i = 0; i < done; i++) {
            week.add(met(2, 2));
        }
        Progression.Verdict verdict = Progression.suggest(new Progression.Item(PLAN_ITEM, EXERCISE, prescribed), week);
        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.counts().prescribed()).isEqualTo(prescribed);
        if (outcome == Progression.Outcome.HOLD) {
            assertThat(verdict.reason()).contains("Only " + done + " of the " + prescribed, "at least half");
        }
    }

    @Test
    void noCeilingVerdictMeansUnconfirmedAndHolds() {
        Progression.Verdict verdict =
                Progression.suggest(ITEM, List.of(met(2, 2), with("BACK_TO_BASELINE", null, null, 2, null, null)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.HOLD);
        assertThat(verdict.counts().unconfirmed()).isEqualTo(1);
    }

    @Test
    void theCountsOfAWeekNameEachVerdict() {
        Progression.Counts counts = Progression.counts(
                List.of(
                        met(2, 2),
                        with("NOT_BACK", "ABOVE", null, 2, 5, 5),
                        with("FOLLOW_UP_MISSING", "WITHIN", null, 2, 2, 2),
                        with("BACK_TO_BASELINE", "SOMETHING", null, 2, 2, 2)),
                6,
                1);
        assertThat(counts).isEqualTo(new Progression.Counts(4, 6, 1, 1, 1, 2, 1));
    }

    @ParameterizedTest(name = "{0} day(s) x {1} a day, weekdays {2} -> {3}")
    @CsvSource(
            nullValues = "-",
            value = {"3,1,-,3", "5,2,-,10", "-,-,-,7", "-,3,-,21", "-,1,2,2", "2,2,2,4"})
    void prescribedSessionsAreDaysTimesSessionsADay(Integer days, Integer perDay, Integer weekdays, int expected) {
        List<DayOfWeek> chosen = weekdays == null
                ? null
                : List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY).subList(0, weekdays);
        Dosage dosage = new Dosage(2, 10, null, null, null, perDay, days, chosen, null, null, 60);
        assertThat(Progression.prescribedPerWeek(dosage)).isEqualTo(expected);
    }
}
