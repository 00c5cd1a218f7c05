package org.motus.therapist.progression;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressionProperties {

    @Provide
    Arbitrary<List<Progression.Session>> weeks() {
        Arbitrary<Progression.Session> session = Combinators.combine(
                Arbitraries.of("BACK_TO_BASELINE", "NOT_BACK", "FOLLOW_UP_MISSING"),
                Arbitraries.of("WITHIN", "ABOVE"),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 10)).as(Progression.Session::new);
        return session.list().ofMaxSize(14);
    }

    @Property
    void loadRisesOnlyWhenEverySessionMetBothRules(@ForAll("weeks") List<Progression.Session> week) {
        boolean allMet = !week.isEmpty() && week.stream()
                .allMatch(s -> s.twoHourRule().equals("BACK_TO_BASELINE") && s.ceiling().equals("WITHIN"));
        assertThat(Progression.suggest(week).outcome() == Progression.Outcome.INCREASE).isEqualTo(allMet);
    }

    @Property
    void aSessionThatWasTooMuchAlwaysStepsBack(@ForAll("weeks") List<Progression.Session> week) {
        boolean tooMuch = week.stream().anyMatch(s -> s.twoHourRule().equals("NOT_BACK") || s.ceiling().equals("ABOVE"));
        assertThat(Progression.suggest(week).outcome() == Progression.Outcome.STEP_BACK).isEqualTo(tooMuch);
    }

    @Property
    void anIncreaseIsFiveToTenPercent(@ForAll("weeks") List<Progression.Session> week) {
        Progression.Verdict verdict = Progression.suggest(week);
        if (verdict.outcome() == Progression.Outcome.INCREASE) {
            assertThat(verdict.percent()).isBetween(Progression.MIN_INCREASE_PERCENT, Progression.MAX_INCREASE_PERCENT);
        }
    }

    @Property
    void theOrderOfSessionsDoesNotMatter(@ForAll("weeks") List<Progression.Session> week) {
        List<Progression.Session> reversed = new ArrayList<>(week);
        Collections.reverse(reversed);
        assertThat(Progression.suggest(reversed)).isEqualTo(Progression.suggest(week));
    }
}
