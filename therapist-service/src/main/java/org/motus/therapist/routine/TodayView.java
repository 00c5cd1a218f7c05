package org.motus.therapist.routine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.library.ExerciseKind;
import org.motus.therapist.library.Pillar;
import org.motus.therapist.plan.PlanViews.BpmRange;

/** The items of the active plan due on one day, in plan order, with their timers. */
@Schema(name = "TodayRoutine")
public record TodayView(UUID planId, int version, LocalDate date, DayOfWeek weekday, List<Item> items) {

    @Schema(
            name = "TodayItem",
            extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            UUID itemId,
            int position,
            @Schema(nullable = true) String section,
            UUID exerciseId,
            String name,
            Pillar pillar,
            @Schema(nullable = true) ExerciseKind kind,
            @Schema(nullable = true) List<String> instructions,
            @Schema(nullable = true) List<String> commonMistakes,
            @Schema(nullable = true) String illustrationUrl,

            @Schema(nullable = true, description = "The therapist's uploaded video or image, or an external media URL")
            String mediaUrl,

            @Schema(nullable = true) Dosage dosage,
            @Schema(nullable = true) BpmRange targetHeartRateBpm,
            @Schema(nullable = true) String notes,
            Timer timer) {}
}
