package org.motus.therapist.library;

/** Pillar EXERCISE is aerobic or strength work (clinical-rules.md §21); other pillars have no kind. */
public enum ExerciseKind {
    AEROBIC,
    STRENGTH
}
