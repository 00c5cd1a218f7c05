package org.motus.therapist.dosage;

/**
 * Maximum heart rate estimate (clinical-rules.md §6 asks to state the formula): Motus uses Tanaka's
 * formula, {@code 208 - 0.7 x age}, rounded to whole beats per minute. It fits adults of all ages
 * better than {@code 220 - age}, which overestimates for younger and underestimates for older people.
 */
public final class MaxHeartRate {

    public static final String FORMULA = "Tanaka: 208 - 0.7 x age (years), rounded";

    public static final int MIN_AGE_YEARS = 1;
    public static final int MAX_AGE_YEARS = 120;

    private MaxHeartRate() {}

    public static int bpm(int ageYears) {
        if (ageYears < MIN_AGE_YEARS || ageYears > MAX_AGE_YEARS) {
            throw new IllegalArgumentException(
                    "age must be " + MIN_AGE_YEARS + "-" + MAX_AGE_YEARS + " years, was " + ageYears);
        }
        return (int) Math.round(208 - 0.7 * ageYears);
    }

    /** {@code percent} of the age's maximum, rounded to whole beats per minute. */
    public static int bpmAt(int percent, int ageYears) {
        return (int) Math.round(bpm(ageYears) * percent / 100.0);
    }
}
