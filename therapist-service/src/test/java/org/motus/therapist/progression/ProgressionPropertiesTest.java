package org.motus.therapist.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the progression rule over generated weeks (quicktheories): sessions with and without the item. */
class ProgressionPropertiesTest {

    static final UUID PLAN_ITEM = UUID.randomUUID();
    static final UUID EXERCISE = UUID.randomUUID();

    static Gen<Progression.Session> sessions() {
        Gen<String> twoHour =
                arbitrary().pick("BACK_TO_BASELINE", "NOT_BACK", "FOLLOW_UP_MISSING", "NOT_ASSESSED_LATE");
        Gen<String> ceiling = arbitrary().pick("WITHIN", "WITHIN", "ABOVE");
        Gen<String> heartRate = arbitrary().pick("WITHIN", "NOT_RECORDED", "ABOVE_ZONE", "WITHIN", "ABOVE_CAP");
        Gen<Integer> pain = integers().between(0, 10);
        Gen<Boolean> included = booleans().all();
        return twoHour.zip(
                ceiling,
                heartRate,
                pain,
                included,
                (t, c, h, p, in) -> new Progression.Session(
                        in ? Set.of(PLAN_ITEM) : Set.of(UUID.randomUUID()),
                        Set.of(in ? EXERCISE : UUID.randomUUID()),
                        t,
                        c,
                        h,
                        p,
                        p,
                        p));
    }

    static Gen<List<Progression.Session>> weeks() {
        return lists().of(sessions()).ofSizeBetween(0, 14);
    }

    static Gen<Integer> prescribed() {
        return integers().between(1, 14);
    }

    static boolean included(Progression.Session s) {
        return s.planItemIds().contains(PLAN_ITEM);
    }

    @Test
    void loadRisesOnlyWhenEnoughSessionsWithTheItemMetBothRulesAndNoHeartRateWentAboveTheCap() {
        qt().withExamples(3000).forAll(prescribed(), weeks()).checkAssert((prescribed, week) -> {
            List<Progression.Session> with =
                    week.stream().filter(ProgressionPropertiesTest::included).toList();
            boolean allowed = !with.isEmpty()
                    && 2 * with.size() >= prescribed
                    && with.stream()
                            .allMatch(s -> s.twoHourRule().equals("BACK_TO_BASELINE")
                                    && s.ceiling().equals("WITHIN"))
                    && week.stream().noneMatch(s -> s.heartRate().equals("ABOVE_CAP"));
            Progression.Verdict verdict =
                    Progression.suggest(new Progression.Item(PLAN_ITEM, EXERCISE, prescribed), week);
            assertThat(verdict.outcome() == Progression.Outcome.INCREASE).isEqualTo(allowed);
        });
    }

    @Test
    void aSessionWithTheItemThatWasTooMuchAlwaysStepsBack() {
        qt().withExamples(3000).forAll(prescribed(), weeks()).checkAssert((prescribed, week) -> {
            boolean tooMuch = week.stream()
                    .filter(ProgressionPropertiesTest::included)
                    .anyMatch(s ->
                            s.twoHourRule().equals("NOT_BACK") || s.ceiling().equals("ABOVE"));
            Progression.Verdict verdict =
                    Progression.suggest(new Progression.Item(PLAN_ITEM, EXERCISE, prescribed), week);
            assertThat(verdict.outcome() == Progression.Outcome.STEP_BACK).isEqualTo(tooMuch);
        });
    }

    @Test
    void anIncreaseIsFiveToTenPercentAndOtherwiseNothingOrTheStepBack() {
        qt().withExamples(2000).forAll(prescribed(), weeks()).checkAssert((prescribed, week) -> {
            Progression.Verdict verdict =
                    Progression.suggest(new Progression.Item(PLAN_ITEM, EXERCISE, prescribed), week);
            switch (verdict.outcome()) {
                case INCREASE ->
                    assertThat(verdict.percent())
                            .isBetween(Progression.MIN_INCREASE_PERCENT, Progression.MAX_INCREASE_PERCENT);
                case HOLD -> assertThat(verdict.percent()).isZero();
                case STEP_BACK -> assertThat(verdict.percent()).isEqualByComparingTo(Progression.STEP_BACK_PERCENT);
            }
        });
    }

    @Test
    void theOrderOfSessionsDoesNotMatter() {
        qt().withExamples(2000).forAll(prescribed(), weeks()).checkAssert((prescribed, week) -> {
            List<Progression.Session> reversed = new ArrayList<>(week);
            Collections.reverse(reversed);
            Progression.Item item = new Progression.Item(PLAN_ITEM, EXERCISE, prescribed);
            assertThat(Progression.suggest(item, reversed)).isEqualTo(Progression.suggest(item, week));
        });
    }
}
