package org.motus.therapist.library;

/** Pillar EXERCISE is aerobic or strength work (DOMAIN.md "The three pillars"); other pillars have no kind. */
public enum ExerciseKind {
    AEROBIC,
    STRENGTH
}
