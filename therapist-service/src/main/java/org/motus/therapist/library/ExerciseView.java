package org.motus.therapist.library;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Condition;
import org.motus.therapist.dosage.Dosage;

/** A library exercise as the API shows it. */
public record ExerciseView(
        UUID id,
        String slug,
        String name,
        Pillar pillar,

        @Schema(nullable = true, description = "AEROBIC or STRENGTH for pillar EXERCISE, else null")
        ExerciseKind kind,

        List<String> regions,
        List<String> instructions,
        List<String> commonMistakes,
        List<String> contraindications,

        @Schema(description = "Patient conditions the contraindications apply to (clinical-rules.md §20)")
        List<Condition> contraindicatedConditions,

        @Schema(nullable = true) Dosage defaultDosage,
        Demonstration demonstration,

        @Schema(description = "Seeded with the service and read-only")
        boolean builtIn,

        @Schema(
                nullable = true,
                description = "Who added a clinic exercise (their name); null for the built-in library")
        String madeBy) {

    /** How the exercise is shown: an uploaded video or image first, else a media URL, else the illustration. */
    public record Demonstration(
            @Schema(nullable = true, description = "Path of the shipped SVG line drawing, if any")
            String illustrationUrl,

            @Schema(nullable = true, description = "External https media, if any")
            String mediaUrl,

            @Schema(nullable = true, description = "The therapist's uploaded video or image, if any")
            Upload upload) {}

    public record Upload(String url, String contentType, int sizeBytes) {}

    static ExerciseView of(Exercise exercise, ExerciseMedia.Summary media) {
        Upload upload = media == null
                ? null
                : new Upload("/api/v1/exercises/" + exercise.id + "/media", media.contentType(), media.sizeBytes());
        // In the reader's language where the library has it (ExerciseTexts); a clinic's own as written.
        ExerciseTexts.Texts texts = ExerciseTexts.of(exercise);
        return new ExerciseView(
                exercise.id,
                exercise.slug,
                texts.name(),
                exercise.pillar,
                exercise.kind,
                List.copyOf(exercise.regions),
                texts.instructions(),
                texts.commonMistakes(),
                texts.contraindications(),
                exercise.contraindicatedConditionSet().stream().sorted().toList(),
                exercise.defaultDosage == null ? null : exercise.defaultDosage.toDosage(),
                new Demonstration(Illustrations.url(exercise.illustration), exercise.mediaUrl, upload),
                exercise.builtIn,
                exercise.builtIn ? null : exercise.createdByName);
    }
}
