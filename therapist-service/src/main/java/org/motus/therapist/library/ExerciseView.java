package org.motus.therapist.library;

import java.util.List;
import java.util.UUID;

/** A library exercise as the API shows it. */
public record ExerciseView(UUID id, String slug, String name, Pillar pillar, List<String> regions,
                           List<String> instructions, List<String> commonMistakes, boolean builtIn) {

    static ExerciseView of(Exercise exercise) {
        return new ExerciseView(exercise.id, exercise.slug, exercise.name, exercise.pillar,
                List.copyOf(exercise.regions), List.copyOf(exercise.instructions),
                List.copyOf(exercise.commonMistakes), exercise.builtIn);
    }
}
