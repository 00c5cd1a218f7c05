package org.motus.problem;

/**
 * A problem's words, for a reader in English, Spanish or German (ADR 0048). Implemented by an enum
 * per service: {@link #english()} is a {@link java.text.MessageFormat} pattern ({@code {0}} for the
 * first argument, a doubled {@code ''} for an apostrophe); the translations live beside the enum as
 * properties files of the same name ({@code org/motus/patient/errors/PatientProblems_es.properties}),
 * keyed by the constant's name.
 */
public interface ProblemText {

    String name();

    String english();
}
