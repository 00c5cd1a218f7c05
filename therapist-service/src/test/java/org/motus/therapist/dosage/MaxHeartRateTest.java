package org.motus.therapist.dosage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** clinical-rules.md §6: the formula is stated (Tanaka, 208 - 0.7 x age) and pinned here. */
class MaxHeartRateTest {

    @ParameterizedTest(name = "age {0} -> {1} bpm")
    @CsvSource({"20,194", "40,180", "56,169", "65,163", "70,159", "90,145"})
    void tanakaFormulaGivesTheMaximum(int age, int bpm) {
        assertThat(MaxHeartRate.bpm(age)).isEqualTo(bpm);
    }

    @Test
    void theFormulaIsNamed() {
        assertThat(MaxHeartRate.FORMULA).contains("208 - 0.7 x age");
    }

    @Test
    void eightyPercentOfAFortyYearOldsMaximumIs144() {
        assertThat(MaxHeartRate.bpmAt(80, 40)).isEqualTo(144);
    }

    @Test
    void agesOutsideOneToOneHundredTwentyAreRefused() {
        assertThatThrownBy(() -> MaxHeartRate.bpm(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaxHeartRate.bpm(121)).isInstanceOf(IllegalArgumentException.class);
    }

    static IntStream agesBelowTheLast() {
        return IntStream.rangeClosed(MaxHeartRate.MIN_AGE_YEARS, MaxHeartRate.MAX_AGE_YEARS - 1);
    }

    /** Every age the formula accepts (exhaustive). */
    @ParameterizedTest(name = "age {0}")
    @MethodSource("agesBelowTheLast")
    void theMaximumFallsWithAge(int age) {
        assertThat(MaxHeartRate.bpm(age + 1)).isLessThanOrEqualTo(MaxHeartRate.bpm(age));
        assertThat(MaxHeartRate.bpm(age)).isBetween(124, 207);
    }
}
