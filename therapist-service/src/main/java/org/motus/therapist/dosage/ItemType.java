package org.motus.therapist.dosage;

/**
 * What kind of work an item is, which decides the dosage ranges that apply (clinical-rules.md "The three
 * pillars"): EXERCISE splits into aerobic and strength work; STRETCHING and RESTORATION stand alone.
 */
public enum ItemType {
    AEROBIC,
    STRENGTH,
    STRETCHING,
    RESTORATION
}
