package org.motus.therapist.routine;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.library.ExerciseKind;
import org.motus.therapist.library.Pillar;
import org.motus.therapist.plan.PlanViews.BpmRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The items of the active plan due on one day, in plan order, with their timers. */
@Schema(name = "TodayRoutine")
public record TodayView(UUID planId, int version, LocalDate date, DayOfWeek weekday, List<Item> items) {

    @Schema(name = "TodayItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(UUID itemId, int position, String section, UUID exerciseId, String name, Pillar pillar,
                       ExerciseKind kind, List<String> instructions, List<String> commonMistakes,
                       String illustrationUrl,
                       @Schema(description = "The therapist's uploaded video or image, or an external media URL") String mediaUrl,
                       Dosage dosage, BpmRange targetHeartRateBpm, String notes, Timer timer) {
    }
}
