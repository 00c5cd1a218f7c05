package org.motus.therapist.plan;

import org.motus.therapist.errors.FieldProblems;

/** Reads a {@code version} query parameter: empty means "the active one"; anything but 1.. is bad input (400). */
public final class VersionNumber {

    private VersionNumber() {}

    public static Integer parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw FieldProblems.invalid("version", "must be a version number (1, 2, ...)");
    }
}
