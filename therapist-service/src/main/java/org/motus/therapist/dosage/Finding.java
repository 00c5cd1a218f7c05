package org.motus.therapist.dosage;

/**
 * One result of checking a dosage. {@code field} is the JSON path the therapist edits
 * (e.g. {@code items[2].dosage.holdSeconds}); {@code code} is stable for clients to switch on.
 */
public record Finding(String field, Severity severity, String code, String message) {

    public enum Severity {
        /** A value that cannot be right (negative sets, zone above 100 %): the request is rejected (400). */
        IMPOSSIBLE,
        /** A value a clinical rule forbids for this patient: the request is rejected (422). */
        CONTRAINDICATED,
        /** Outside the usual range: stored, and shown to the therapist with the plan. */
        WARNING
    }

    public boolean blocks() {
        return severity != Severity.WARNING;
    }

    Finding under(String prefix) {
        return new Finding(prefix + field, severity, code, message);
    }
}
