package org.motus.therapist.routine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.ItemType;

/**
 * What the web app needs to run an item's timer: holds, sets and rests, a countdown for timed
 * work, how many sessions are due today, and the breathing pacer for stretches. Pure.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description = "Timer data for one item",
        extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true))
public record Timer(
        @Schema(nullable = true, description = "Sets, or repetitions of a hold")
        Integer sets,

        @Schema(nullable = true) Integer reps,

        @Schema(nullable = true, description = "Seconds per static hold")
        Integer holdSeconds,

        @Schema(nullable = true) Integer restSeconds,

        @Schema(nullable = true, description = "Countdown for timed work, in seconds")
        Integer durationSeconds,

        @Schema(description = "Sessions of this item due today")
        int sessionsToday,

        @Schema(description = "A 2-minute session that counts on its own (clinical-rules.md §7)")
        boolean microSession,

        @Schema(
                nullable = true,
                description =
                        "Breathing pacer for stretches: in 3, hold 2, out 4 ('pause' instead of 'hold' where the exercise says not to hold the breath)")
        Breathing breathing) {

    /** clinical-rules.md §7: a 2-minute session counts. */
    public static final int MICRO_SESSION_MINUTES = 2;

    /**
     * clinical-rules.md §21: breathing during stretching, in 3 counts, hold 2, out 4.
     * {@code holdLabel} is the word to show for the middle phase: "hold", or "pause" where the
     * exercise tells the patient not to hold their breath ({@link BreathCue}).
     */
    public record Breathing(
            int inhaleCounts,
            int holdCounts,
            int exhaleCounts,

            @Schema(description = "hold or pause: the word for the middle phase")
            String holdLabel) {
        public static final Breathing STRETCHING = new Breathing(3, 2, 4, BreathCue.HOLD);

        public Breathing withHoldLabel(String label) {
            return new Breathing(inhaleCounts, holdCounts, exhaleCounts, label);
        }
    }

    public static Timer of(ItemType type, Dosage raw) {
        return of(type, raw, List.of());
    }

    /** The timer for an exercise whose instructions, mistakes and contraindications are {@code exerciseTexts}. */
    public static Timer of(ItemType type, Dosage raw, List<String> exerciseTexts) {
        Dosage d = raw.withDefaults();
        Integer durationSeconds = d.durationMinutes() == null ? null : d.durationMinutes() * 60;
        boolean micro = d.durationMinutes() != null && d.durationMinutes() <= MICRO_SESSION_MINUTES;
        return new Timer(
                d.sets(),
                d.reps(),
                d.holdSeconds(),
                d.restSeconds(),
                durationSeconds,
                d.sessionsPerDay(),
                micro,
                type == ItemType.STRETCHING
                        ? Breathing.STRETCHING.withHoldLabel(BreathCue.holdLabel(exerciseTexts))
                        : null);
    }
}
