package org.motus.patient.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How resting pain ended an episode of care compared with the baseline, for the discharge summary
 * (clinical-rules.md §9: reduction against the baseline). The "end" is the mean of the resting
 * readings in the last {@value #END_WINDOW_DAYS} days that have any, so a patient who stopped
 * checking in weeks before discharge is judged on their last week of data, and the summary names
 * that week.
 */
public final class EpisodeOutcome {

    /** Rule 17 judges a trend on a 7-day mean; the end of an episode is judged the same way. */
    public static final int END_WINDOW_DAYS = 7;

    /**
     * A change of 2 points or 30 % on the 0-10 NRS is the smallest a patient notices as "much
     * better" (Farrar JT et al., Pain 2001;94:149-158, the usual clinically important difference
     * for chronic pain on the NRS).
     */
    public static final int IMPORTANT_CHANGE_POINTS = 2;

    public static final int IMPORTANT_CHANGE_PERCENT = 30;

    /** What the change means, in the order a reader cares about. */
    public enum Meaning {
        /** Reduction of at least the rule 9 target (50 %). */
        TARGET_REACHED,
        /** A clinically important reduction, short of the target. */
        IMPROVED,
        /** Less than an important change either way. */
        NO_IMPORTANT_CHANGE,
        /** At least 2 points above the baseline (rule 17's "worsening" threshold). */
        WORSENED,
        /** No baseline, or no resting reading at all. */
        NOT_ASSESSED
    }

    /** One resting (before-session or daily) reading on the patient's local day. */
    public record Reading(LocalDate day, int pain) {
        public Reading {
            PainScale.require(pain, "pain");
        }
    }

    /**
     * @param endMeanPain      mean of the end window's readings, to one decimal; null when not assessed
     * @param endWindowFrom    first day of the end window (inclusive); null without readings
     * @param endWindowTo      last day of the end window: the day of the newest reading; null without readings
     * @param changePoints     end mean - baseline (negative is better), to one decimal; null when not assessed
     * @param reductionPercent (baseline - end) / baseline in percent, to one decimal; null when not assessed or baseline 0
     */
    @Schema(name = "EpisodePainOutcome")
    public record Pain(
            @Schema(nullable = true) Integer baselinePain,
            @Schema(nullable = true) Double endMeanPain,
            int endReadings,
            @Schema(nullable = true) LocalDate endWindowFrom,
            @Schema(nullable = true) LocalDate endWindowTo,
            @Schema(nullable = true) Double changePoints,
            @Schema(nullable = true) Double reductionPercent,
            Meaning meaning) {}

    private EpisodeOutcome() {}

    public static Pain pain(Integer baselinePain, List<Reading> readings) {
        if (baselinePain != null) {
            PainScale.require(baselinePain, "baselinePain");
        }
        Optional<LocalDate> newest = readings.stream().map(Reading::day).max(Comparator.naturalOrder());
        if (newest.isEmpty()) {
            return new Pain(baselinePain, null, 0, null, null, null, null, Meaning.NOT_ASSESSED);
        }
        LocalDate to = newest.get();
        LocalDate from = to.minusDays(END_WINDOW_DAYS - 1L);
        List<Reading> end = readings.stream()
                .filter(reading -> !reading.day().isBefore(from))
                .toList();
        int sum = end.stream().mapToInt(Reading::pain).sum();
        double mean = (double) sum / end.size();
        double endMean = PainProgress.round1(mean);
        if (baselinePain == null) {
            return new Pain(null, endMean, end.size(), from, to, null, null, Meaning.NOT_ASSESSED);
        }
        double change = PainProgress.round1(mean - baselinePain);
        Double reduction = PainProgress.reduction(baselinePain, mean);
        return new Pain(
                baselinePain, endMean, end.size(), from, to, change, reduction, meaning(baselinePain, sum, end.size()));
    }

    /**
     * Judged exactly on the sum and count of the readings (the mean sum/count never rounded), so
     * neither a rounding nor floating point moves a patient across a threshold.
     */
    static Meaning meaning(int baselinePain, int sum, int count) {
        long n = count;
        long reductionTimesN = baselinePain * n - sum;
        if (-reductionTimesN >= IMPORTANT_CHANGE_POINTS * n) {
            return Meaning.WORSENED;
        }
        if (baselinePain == 0) {
            return Meaning.NO_IMPORTANT_CHANGE;
        }
        // reduction / baseline >= p %  <=>  100 * reduction * n >= p * baseline * n
        if (100 * reductionTimesN >= ExpectedCourse.TARGET_REDUCTION_LOW_PERCENT * baselinePain * n) {
            return Meaning.TARGET_REACHED;
        }
        if (reductionTimesN >= IMPORTANT_CHANGE_POINTS * n
                || 100 * reductionTimesN >= IMPORTANT_CHANGE_PERCENT * baselinePain * n) {
            return Meaning.IMPROVED;
        }
        return Meaning.NO_IMPORTANT_CHANGE;
    }
}
