package org.motus.patient.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * clinical-rules.md §17, the HIGH flags that come from resting pain and repeated misses. Resting pain
 * is compared with the baseline, never with the activity ceiling (rule 13).
 */
public final class PainTrend {

    /** A daily reading at or above this is high whatever the baseline. */
    public static final int HIGH_DAILY_PAIN = 8;
    /** ... or this many points above the baseline. */
    public static final int HIGH_ABOVE_BASELINE = 3;
    /** A 7-day mean of resting pain this many points above the baseline is worsening. */
    public static final int WORSENING_ABOVE_BASELINE = 2;

    public static final Duration TREND_WINDOW = Duration.ofDays(7);
    /** The two-hour rule not met this many times within {@link #TREND_WINDOW}. */
    public static final int MISSES_FOR_HIGH = 2;
    /** "Behind" the expected course counts from this programme week on. */
    public static final int BEHIND_FROM_WEEK = 4;

    private PainTrend() {}

    /** A DAILY reading of 8 or more, or 3 or more above the baseline (when one is recorded). */
    public static boolean highDailyPain(int pain, Integer baselinePain) {
        PainScale.require(pain, "pain");
        return pain >= HIGH_DAILY_PAIN || baselinePain != null && pain >= baselinePain + HIGH_ABOVE_BASELINE;
    }

    /** The mean of the last 7 days' resting readings is 2 or more above the baseline. */
    public static boolean worsening(Collection<Integer> restingPainLast7Days, Integer baselinePain) {
        if (baselinePain == null || restingPainLast7Days.isEmpty()) {
            return false;
        }
        double mean = restingPainLast7Days.stream()
                .mapToInt(Integer::intValue)
                .average()
                .orElseThrow();
        return mean >= baselinePain + WORSENING_ABOVE_BASELINE;
    }

    /** The mean, to one decimal, for the flag's wording. */
    public static double mean(Collection<Integer> pains) {
        return Math.round(pains.stream().mapToInt(Integer::intValue).average().orElse(0) * 10.0) / 10.0;
    }

    /** Two or more sessions not back to baseline whose sessions ended in the 7 days up to {@code now}. */
    public static boolean twoHourMissedTwice(Collection<Instant> notBackSessionEnds, Instant now) {
        Instant from = now.minus(TREND_WINDOW);
        return notBackSessionEnds.stream()
                        .filter(at -> !at.isBefore(from) && !at.isAfter(now))
                        .count()
                >= MISSES_FOR_HIGH;
    }

    /** The expected course says BEHIND in programme week 4 or later. */
    public static boolean behindExpectedCourse(int weekNumber, ExpectedCourse.Status course) {
        return weekNumber >= BEHIND_FROM_WEEK && course == ExpectedCourse.Status.BEHIND;
    }
}
