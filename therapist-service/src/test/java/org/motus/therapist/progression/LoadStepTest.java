package org.motus.therapist.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Load steps in 10 g: properties over loads 0.20-500 kg (quicktheories) and the pinned examples. */
class LoadStepTest {

    /** Loads with two decimals, in kg. */
    static Gen<BigDecimal> loads(int minHundredths) {
        return integers().between(minHundredths, 50_000).map(i -> BigDecimal.valueOf(i, 2));
    }

    /** 5.0 to 10.0 % in tenths. */
    static Gen<BigDecimal> increasePercents() {
        return integers().between(50, 100).map(i -> BigDecimal.valueOf(i, 1));
    }

    @Test
    void anIncreaseLandsWithinFiveToTenPercentInTenGramSteps() {
        qt().withExamples(2000).forAll(loads(20), increasePercents()).checkAssert((load, percent) -> {
            BigDecimal next = LoadStep.increase(load, percent).orElseThrow();
            assertThat(next.scale()).isEqualTo(2);
            assertThat(next).isBetween(load.multiply(new BigDecimal("1.05")), load.multiply(new BigDecimal("1.10")));
        });
    }

    @Test
    void aStepBackIsLighterButStillALoad() {
        qt().withExamples(2000).forAll(loads(10)).checkAssert(load -> {
            BigDecimal next =
                    LoadStep.stepBack(load, Progression.STEP_BACK_PERCENT).orElseThrow();
            assertThat(next).isLessThan(load).isPositive();
            assertThat(next).isGreaterThanOrEqualTo(load.multiply(new BigDecimal("0.90")));
            assertThat(next.scale()).isEqualTo(2);
        });
    }

    @Test
    void fourKilogramsPlusFivePercentIsFourPointTwo() {
        assertThat(LoadStep.increase(new BigDecimal("4.00"), new BigDecimal("5")))
                .contains(new BigDecimal("4.20"));
        assertThat(LoadStep.increase(new BigDecimal("4.00"), new BigDecimal("10")))
                .contains(new BigDecimal("4.40"));
        assertThat(LoadStep.stepBack(new BigDecimal("4.00"), new BigDecimal("10")))
                .contains(new BigDecimal("3.60"));
    }

    @Test
    void roundingPicksTheTenGramStepInsideTheRange() {
        // 1.11 x 1.10 = 1.221: rounding up (1.23) would pass +10 %, so the step rounds down to 1.22.
        assertThat(LoadStep.increase(new BigDecimal("1.11"), new BigDecimal("10")))
                .contains(new BigDecimal("1.22"));
        // 1.11 x 1.05 = 1.1655: rounding down (1.16) would miss +5 %, so it rounds up to 1.17.
        assertThat(LoadStep.increase(new BigDecimal("1.11"), new BigDecimal("5")))
                .contains(new BigDecimal("1.17"));
        // a step back never takes off more than asked: 1.11 x 0.9 = 0.999 -> 1.00.
        assertThat(LoadStep.stepBack(new BigDecimal("1.11"), new BigDecimal("10")))
                .contains(new BigDecimal("1.00"));
    }

    @Test
    void aLoadTooSmallForTenGramStepsHasNoIncrease() {
        assertThat(LoadStep.increase(new BigDecimal("0.05"), new BigDecimal("5")))
                .isEmpty();
        assertThat(LoadStep.stepBack(new BigDecimal("0.05"), new BigDecimal("10")))
                .isEmpty();
        assertThat(LoadStep.stepBack(new BigDecimal("0.01"), new BigDecimal("10")))
                .isEmpty();
        assertThat(LoadStep.stepBack(new BigDecimal("4.00"), new BigDecimal("100")))
                .isEmpty(); // never down to nothing
    }
}
