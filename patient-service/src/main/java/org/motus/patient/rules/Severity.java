package org.motus.patient.rules;

/** clinical-rules.md §17: how soon a flag needs the treating therapist, most urgent first. */
public enum Severity {
    /** Red flags: the therapist is told at once. */
    URGENT,
    /** Two-hour rule missed twice in 7 days, heart-rate cap, high or worsening pain, behind the course. */
    HIGH,
    /** A single ceiling or two-hour miss. */
    ROUTINE
}
