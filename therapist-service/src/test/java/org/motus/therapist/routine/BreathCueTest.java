package org.motus.therapist.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12 item 10: the pacer never says "hold" next to an exercise that says not to hold the breath. */
class BreathCueTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Holding your breath.|pause",
                "Do not hold your breath.|pause",
                "Avoid breath-holding while you push.|pause",
                "No breath holding.|pause",
                "Don't hold the breath at the top.|pause",
                "Hold for a breath, then lower slowly.|hold",
                "Hold still for 30 to 60 seconds, breathing slowly; do not bounce.|hold",
                "Breathe slowly into your back and hold for 30 to 60 seconds.|hold",
                "Household chores count too.|hold"
            })
    void theExercisesOwnWordsDecide(String text, String label) {
        assertThat(BreathCue.holdLabel(List.of(text))).isEqualTo(label);
    }

    @Test
    void anyOfTheTextsCountsAndNothingMeansHold() {
        assertThat(BreathCue.holdLabel(List.of("Kneel.", "Holding your breath.")))
                .isEqualTo(BreathCue.PAUSE);
        assertThat(BreathCue.holdLabel(Arrays.asList("Kneel.", null))).isEqualTo(BreathCue.HOLD);
        assertThat(BreathCue.holdLabel(List.of())).isEqualTo(BreathCue.HOLD);
        assertThat(BreathCue.holdLabel(null)).isEqualTo(BreathCue.HOLD);
    }
}
