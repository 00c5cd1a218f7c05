package org.motus.therapist.library;

/** Every programme item belongs to exactly one pillar (DOMAIN.md "The three pillars"). */
public enum Pillar {
    EXERCISE,
    STRETCHING,
    RESTORATION
}
