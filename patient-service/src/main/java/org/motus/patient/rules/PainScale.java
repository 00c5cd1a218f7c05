package org.motus.patient.rules;

/** clinical-rules.md §1: pain is an integer on the 0-10 numeric rating scale (LOINC 72514-3). */
public final class PainScale {

    public static final int MIN = 0;
    public static final int MAX = 10;
    /** The LOINC code of a 0-10 pain score, for FHIR views. */
    public static final String LOINC = "72514-3";

    private PainScale() {}

    public static boolean isValid(int pain) {
        return pain >= MIN && pain <= MAX;
    }

    static void require(int pain, String what) {
        if (!isValid(pain)) {
            throw new IllegalArgumentException(what + " must be between " + MIN + " and " + MAX + ", was " + pain);
        }
    }
}
