package org.motus.therapist.progression;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class LoadStepProperties {

    @Property
    void anIncreaseLandsWithinFiveToTenPercentInTenGramSteps(
            @ForAll @BigRange(min = "0.20", max = "500.00") @Scale(2) BigDecimal load,
            @ForAll @BigRange(min = "5", max = "10") @Scale(1) BigDecimal percent) {
        BigDecimal next = LoadStep.increase(load, percent).orElseThrow();
        assertThat(next.scale()).isEqualTo(2);
        assertThat(next).isBetween(load.multiply(new BigDecimal("1.05")), load.multiply(new BigDecimal("1.10")));
    }

    @Property
    void aStepBackIsLighterButStillALoad(@ForAll @BigRange(min = "0.10", max = "500.00") @Scale(2) BigDecimal load) {
        BigDecimal next = LoadStep.stepBack(load, Progression.STEP_BACK_PERCENT).orElseThrow();
        assertThat(next).isLessThan(load).isPositive();
        assertThat(next).isGreaterThanOrEqualTo(load.multiply(new BigDecimal("0.90")));
    }

    @Test
    void fourKilogramsPlusFivePercentIsFourPointTwo() {
        assertThat(LoadStep.increase(new BigDecimal("4.00"), new BigDecimal("5"))).contains(new BigDecimal("4.20"));
        assertThat(LoadStep.stepBack(new BigDecimal("4.00"), new BigDecimal("10"))).contains(new BigDecimal("3.60"));
    }

    @Test
    void aLoadTooSmallForTenGramStepsHasNoIncrease() {
        assertThat(LoadStep.increase(new BigDecimal("0.05"), new BigDecimal("5"))).isEmpty();
        assertThat(LoadStep.stepBack(new BigDecimal("0.05"), new BigDecimal("10"))).isEmpty();
    }
}
