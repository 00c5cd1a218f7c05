package org.motus.therapist.routine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.ItemType;

class TimerTest {

    @Test
    void stretchesGetTheThreeTwoFourBreathingPacer() {
        Timer timer =
                Timer.of(ItemType.STRETCHING, new Dosage(2, null, null, 30, null, null, null, null, null, null, 15));
        assertThat(timer.breathing()).isEqualTo(new Timer.Breathing(3, 2, 4, "hold"));
        assertThat(timer.holdSeconds()).isEqualTo(30);
        assertThat(timer.sessionsToday()).isEqualTo(1);
    }

    @Test
    void aStretchWhoseMistakesSayNotToHoldTheBreathPausesInstead() {
        Dosage dosage = new Dosage(2, null, null, 30, null, null, null, null, null, null, 15);
        Timer timer =
                Timer.of(ItemType.STRETCHING, dosage, java.util.List.of("Kneel and sit back.", "Holding your breath."));
        assertThat(timer.breathing()).isEqualTo(new Timer.Breathing(3, 2, 4, "pause"));
        assertThat(Timer.of(ItemType.STRETCHING, dosage, java.util.List.of("Hold for a breath, then lower slowly."))
                        .breathing()
                        .holdLabel())
                .isEqualTo("hold");
    }

    @Test
    void otherWorkHasNoPacer() {
        assertThat(Timer.of(ItemType.STRENGTH, new Dosage(2, 10, null, null, null, 1, 3, null, null, null, 60))
                        .breathing())
                .isNull();
    }

    @Test
    void aTwoMinuteSessionIsAMicroSessionWithAHundredTwentySecondCountdown() {
        Timer timer = Timer.of(ItemType.STRENGTH, new Dosage(2, 10, null, null, 2, 3, 5, null, null, null, 15));
        assertThat(timer.microSession()).isTrue();
        assertThat(timer.durationSeconds()).isEqualTo(120);
        assertThat(timer.reps()).isEqualTo(10);
        assertThat(timer.sets()).isEqualTo(2);
        assertThat(timer.restSeconds()).isEqualTo(15);
        assertThat(timer.sessionsToday()).isEqualTo(3);
    }

    @Test
    void aThreeMinuteBlockIsNotAMicroSession() {
        assertThat(Timer.of(ItemType.RESTORATION, new Dosage(2, 8, null, null, 3, 1, 7, null, null, null, 30))
                        .microSession())
                .isFalse();
    }

    @Test
    void workWithoutMinutesHasNoCountdownAndIsNoMicroSession() {
        Timer timer = Timer.of(ItemType.STRENGTH, new Dosage(2, 10, null, null, null, 1, 3, null, null, null, 60));
        assertThat(timer.durationSeconds()).isNull();
        assertThat(timer.microSession()).isFalse();
    }

    @Test
    void aOneMinuteBlockIsAMicroSession() {
        assertThat(Timer.of(ItemType.RESTORATION, new Dosage(1, 8, null, null, 1, 1, 7, null, null, null, 30))
                        .microSession())
                .isTrue();
    }
}
