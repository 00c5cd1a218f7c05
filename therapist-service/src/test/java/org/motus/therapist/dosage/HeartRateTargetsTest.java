package org.motus.therapist.dosage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** clinical-rules.md §14: without a date of birth the therapist is told targets cannot be computed. */
class HeartRateTargetsTest {

    @Test
    void withoutAnAgeTargetsCannotBeComputedAndTheReasonSaysWhy() {
        assertThat(HeartRateTargets.of(null))
                .isEqualTo(new HeartRateTargets(
                        false, "No date of birth on the record: heart-rate targets cannot be computed."));
    }

    @Test
    void withAnAgeTheyCan() {
        assertThat(HeartRateTargets.of(56)).isEqualTo(new HeartRateTargets(true, null));
    }
}
