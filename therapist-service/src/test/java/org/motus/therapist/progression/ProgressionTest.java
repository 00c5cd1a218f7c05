package org.motus.therapist.progression;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressionTest {

    static Progression.Session met(int before, int peak) {
        return new Progression.Session("BACK_TO_BASELINE", "WITHIN", before, peak);
    }

    @Test
    void allSessionsMetWithoutAnyRiseSuggestsTenPercentMore() {
        Progression.Verdict verdict = Progression.suggest(List.of(met(3, 3), met(3, 2), met(2, 2)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.INCREASE);
        assertThat(verdict.percent()).isEqualByComparingTo("10");
        assertThat(verdict.counts().metBoth()).isEqualTo(3);
    }

    @Test
    void allSessionsMetWithASmallRiseSuggestsFivePercentMore() {
        Progression.Verdict verdict = Progression.suggest(List.of(met(2, 3), met(2, 2)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.INCREASE);
        assertThat(verdict.percent()).isEqualByComparingTo("5");
    }

    @Test
    void painNotBackWithinTwoHoursStepsBackWithTheReason() {
        Progression.Verdict verdict = Progression.suggest(List.of(met(2, 3),
                new Progression.Session("NOT_BACK", "WITHIN", 2, 3)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.STEP_BACK);
        assertThat(verdict.percent()).isEqualByComparingTo("10");
        assertThat(verdict.reason()).contains("1 of 2", "2 hours", "not how often");
    }

    @Test
    void painAboveTheCeilingStepsBack() {
        Progression.Verdict verdict = Progression.suggest(List.of(new Progression.Session("BACK_TO_BASELINE", "ABOVE", 3, 5)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.STEP_BACK);
        assertThat(verdict.reason()).contains("above 3/10");
    }

    @Test
    void aMissingFollowUpHolds() {
        Progression.Verdict verdict = Progression.suggest(List.of(met(2, 2),
                new Progression.Session("FOLLOW_UP_MISSING", "WITHIN", 2, 3)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.HOLD);
        assertThat(verdict.percent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(verdict.reason()).contains("follow-up");
    }

    @Test
    void noSessionsHolds() {
        Progression.Verdict verdict = Progression.suggest(List.of());
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.HOLD);
        assertThat(verdict.reason()).contains("No sessions");
    }

    @Test
    void noPainDuringRecordedMeansTheCeilingIsUnconfirmedAndHolds() {
        Progression.Verdict verdict = Progression.suggest(List.of(met(2, 2), new Progression.Session("BACK_TO_BASELINE", null, 2, null)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.HOLD);
        assertThat(verdict.counts().unconfirmed()).isEqualTo(1);
    }

    @Test
    void anUnknownVerdictFromPatientServiceHoldsInsteadOfIncreasing() {
        Progression.Verdict verdict = Progression.suggest(List.of(new Progression.Session("SOMETHING_NEW", "WITHIN", 2, 2)));
        assertThat(verdict.outcome()).isEqualTo(Progression.Outcome.HOLD);
    }
}
