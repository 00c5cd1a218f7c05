package org.motus.therapist.progression;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progression suggestions and decisions as the API shows and takes them. */
public final class ProgressionViews {

    private ProgressionViews() {}

    @Schema(
            name = "ProgressionSuggestion",
            extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestionView(
            UUID planId,
            int basedOnVersion,

            @Schema(description = "Monday of the week the sessions come from, in the patient's time zone")
            LocalDate weekStart,

            @Schema(description = "Sunday of that week") LocalDate weekEnd,

            @Schema(
                    description =
                            "STEP_BACK when an item steps back, else INCREASE when one rises, else HOLD; each item has its own")
            Progression.Outcome outcome,

            @Schema(description = "Load change in %: up for INCREASE, down for STEP_BACK, 0 for HOLD")
            BigDecimal percent,

            String reason,

            @Schema(description = "All sessions of that week (with or without the plan's items)")
            Progression.Counts sessions,

            List<ItemSuggestion> items,

            @Schema(nullable = true, description = "The therapist's answer, once given")
            DecisionView decision) {}

    @Schema(
            name = "ProgressionItem",
            extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemSuggestion(
            UUID itemId,
            String exerciseName,

            @Schema(nullable = true, description = "This item's own verdict, from the sessions that included it")
            Progression.Outcome outcome,

            @Schema(
                    nullable = true,
                    description = "Load change in % for this item: up for INCREASE, down for STEP_BACK, 0 for HOLD")
            BigDecimal percent,

            @Schema(nullable = true) String reason,

            @Schema(nullable = true, description = "The sessions that included this item, and the prescribed number")
            Progression.Counts sessions,

            @Schema(nullable = true) BigDecimal currentLoadKg,
            @Schema(nullable = true) BigDecimal suggestedLoadKg,
            @Schema(nullable = true) String note) {}

    @Schema(
            name = "ProgressionDecisionView",
            extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(
            ProgressionDecision.Decision decision,
            @Schema(nullable = true) BigDecimal loadChangePercent,
            @Schema(nullable = true) Integer resultingVersion,
            @Schema(nullable = true) String reason,
            Instant decidedAt) {}

    @Schema(name = "ProgressionAnswer")
    public record Answer(
            @NotNull @Schema(description = "The Monday of the week the suggestion is for")
            LocalDate weekStart,

            @Schema(description = "Accept only: the load change in %, 5-10; default the suggested one")
            BigDecimal percent,

            @Size(max = 500) String reason) {}
}
