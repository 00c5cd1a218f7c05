package org.motus.therapist.protocol;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.library.ExerciseKind;
import org.motus.therapist.library.ExerciseTexts;
import org.motus.therapist.library.Illustrations;
import org.motus.therapist.library.Pillar;

/** A condition protocol as the API shows it. */
public record ProtocolView(
        UUID id,
        String slug,
        String name,
        List<String> conditions,
        String summary,
        String evidence,

        @Schema(description = "A template of the clinic's own, saved from a plan; false for a built-in protocol")
        boolean clinicTemplate,

        @Schema(nullable = true, description = "Who saved a clinic template; null for a built-in protocol")
        String madeBy,

        List<Item> items) {

    public record Item(
            int position,
            @Schema(nullable = true) String section,
            UUID exerciseId,
            String exerciseSlug,
            String exerciseName,
            Pillar pillar,
            @Schema(nullable = true) ExerciseKind kind,
            Dosage dosage,
            @Schema(nullable = true) String notes,
            @Schema(nullable = true) String illustrationUrl) {}

    static ProtocolView of(Protocol protocol) {
        return new ProtocolView(
                protocol.id,
                protocol.slug,
                protocol.name,
                List.copyOf(protocol.conditions),
                protocol.summary,
                protocol.evidence,
                protocol.clinicTemplate,
                protocol.clinicTemplate ? protocol.createdByName : null,
                protocol.items.stream()
                        .map(i -> new Item(
                                i.position,
                                i.section,
                                i.exercise.id,
                                i.exercise.slug,
                                ExerciseTexts.nameOf(i.exercise),
                                i.exercise.pillar,
                                i.exercise.kind,
                                i.dosage.toDosage(),
                                i.notes,
                                Illustrations.url(i.exercise.illustration)))
                        .toList());
    }
}
