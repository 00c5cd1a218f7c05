package org.motus.therapist.dosage;

import java.util.Locale;

/**
 * A patient's condition as patient-service names it (patient-service's README, clinical-rules.md "Who uses
 * Motus"). Unknown future names read as {@link #OTHER} so a new condition there never breaks us.
 */
public enum Condition {
    LOW_BACK,
    NECK_SHOULDER,
    KNEE_OA,
    HIP_OA,
    SCIATICA,
    FIBROMYALGIA,
    OTHER;

    public static Condition parse(String name) {
        if (name == null) {
            return OTHER;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }
}
