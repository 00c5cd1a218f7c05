package org.motus.patient.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * clinical-rules.md §14: the estimated maximum heart rate, Tanaka 208 - 0.7 x age, rounded (the same
 * as therapist-service). Fibromyalgia / chronic widespread pain caps exercise at 80 % of it.
 */
public final class MaxHeartRate {

    public static final int FIBROMYALGIA_CAP_PERCENT = 80;

    private MaxHeartRate() {}

    public static int tanaka(int ageYears) {
        if (ageYears < 0) {
            throw new IllegalArgumentException("age must not be negative, was " + ageYears);
        }
        return (int) Math.round(208 - 0.7 * ageYears);
    }

    /** The estimate on {@code today}, or {@code null} without a date of birth. */
    public static Integer on(LocalDate dateOfBirth, LocalDate today) {
        return dateOfBirth == null
                ? null
                : tanaka(Period.between(dateOfBirth, today).getYears());
    }

    /** {@code percent} of the maximum, rounded to whole beats per minute. */
    public static int percentOf(int maxBpm, int percent) {
        return (int) Math.round(maxBpm * percent / 100.0);
    }
}
