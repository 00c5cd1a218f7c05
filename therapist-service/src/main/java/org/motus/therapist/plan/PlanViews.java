package org.motus.therapist.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.Finding;
import org.motus.therapist.dosage.HeartRateTargets;
import org.motus.therapist.library.ExerciseKind;
import org.motus.therapist.library.Pillar;

/** Plans as the API shows them. */
public final class PlanViews {

    private PlanViews() {}

    @Schema(name = "Plan")
    public record PlanView(
            UUID id,
            UUID patientId,
            String title,
            @Schema(nullable = true) UUID protocolId,

            @Schema(nullable = true, description = "Latest published version, null before the first publish")
            Integer activeVersion,

            @Schema(nullable = true, description = "The version being edited, if any (therapists only)")
            Integer draftVersion,

            Instant createdAt,
            List<VersionSummary> versions,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true),
                    nullable = true,
                    description =
                            "Therapists only: whether heart-rate targets can be computed (no date of birth: they cannot)")
            HeartRateTargets heartRateTargets,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true),
                    nullable = true,
                    description =
                            "Therapists only: the active version checked against the patient's current conditions and "
                                    + "birth date (CONTRAINDICATED = no longer holds; WARNING = outside the usual ranges or a contraindication "
                                    + "matching a condition); [] when all holds, absent before the first publish")
            List<Finding> activeVersionFindings) {}

    @Schema(name = "PlanVersionSummary")
    public record VersionSummary(
            int version,
            PlanVersion.Status status,
            @Schema(nullable = true) String changeNote,
            Instant createdAt,
            @Schema(nullable = true) Instant publishedAt,
            int itemCount,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true),
                    nullable = true,
                    description = "Therapists only: reasons given for strength loads raised more than 10 % "
                            + "(clinical-rules.md §15), keyed items[i] of this version")
            Map<String, String> loadIncreaseReasons) {}

    @Schema(
            name = "PlanVersion",
            extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(
            UUID planId,
            UUID patientId,
            String title,
            int version,
            PlanVersion.Status status,

            @Schema(description = "true for the version the patient sees now")
            boolean active,

            @Schema(nullable = true) String changeNote,
            Instant createdAt,
            @Schema(nullable = true) Instant publishedAt,

            @Schema(nullable = true, description = "Known when patient-service has the date of birth")
            MaxHeartRateView maxHeartRate,

            List<ItemView> items,

            @Schema(
                    nullable = true,
                    description =
                            "Therapists only: findings for this version against the patient's current facts: dosages "
                                    + "outside clinical-rules.md's usual ranges, CONTRAINDICATED_FOR_CONDITION, and on a draft "
                                    + "LOAD_INCREASE_NEEDS_REASON (publishing needs loadIncreaseReasons for those items)")
            List<Finding> warnings,

            @Schema(nullable = true, description = "Therapists only: whether heart-rate targets can be computed")
            HeartRateTargets heartRateTargets,

            @Schema(
                    nullable = true,
                    description = "Therapists only: the active version's findings against the patient's current facts")
            List<Finding> activeVersionFindings) {}

    @Schema(name = "MaxHeartRate")
    public record MaxHeartRateView(String formula, int ageYears, int bpm) {}

    @Schema(name = "PlanItem", extensions = @Extension(name = "x-omitted-when-null", value = "true", parseValue = true))
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(
            UUID id,
            int position,
            @Schema(nullable = true) String section,
            UUID exerciseId,
            @Schema(nullable = true) String exerciseSlug,
            String exerciseName,
            Pillar pillar,
            @Schema(nullable = true) ExerciseKind kind,
            Dosage dosage,

            @Schema(nullable = true, description = "The target zone in beats per minute, when the age is known")
            BpmRange targetHeartRateBpm,

            @Schema(nullable = true) String notes,
            @Schema(nullable = true) String illustrationUrl,

            @Schema(
                    nullable = true,
                    description =
                            "Therapists only: why the strength load rose more than 10 % over the previous version")
            String loadIncreaseReason) {}

    @Schema(name = "BpmRange")
    public record BpmRange(int low, int high) {}
}
