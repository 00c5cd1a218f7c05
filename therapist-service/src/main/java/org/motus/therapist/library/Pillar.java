package org.motus.therapist.library;

/** Every programme item belongs to exactly one pillar (clinical-rules.md §21). */
public enum Pillar {
    EXERCISE,
    STRETCHING,
    RESTORATION
}
