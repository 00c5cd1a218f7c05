package org.motus.therapist.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.Finding;
import org.motus.therapist.library.ExerciseKind;
import org.motus.therapist.library.Pillar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Plans as the API shows them. */
public final class PlanViews {

    private PlanViews() {
    }

    @Schema(name = "Plan")
    public record PlanView(UUID id, UUID patientId, String title, UUID protocolId,
                           @Schema(description = "Latest published version, null before the first publish") Integer activeVersion,
                           @Schema(description = "The version being edited, if any (therapists only)") Integer draftVersion,
                           Instant createdAt, List<VersionSummary> versions) {
    }

    @Schema(name = "PlanVersionSummary")
    public record VersionSummary(int version, PlanVersion.Status status, String changeNote, Instant createdAt,
                                 Instant publishedAt, int itemCount) {
    }

    @Schema(name = "PlanVersion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(UUID planId, UUID patientId, String title, int version, PlanVersion.Status status,
                              @Schema(description = "true for the version the patient sees now") boolean active,
                              String changeNote, Instant createdAt, Instant publishedAt,
                              @Schema(description = "Known when patient-service has the date of birth") MaxHeartRateView maxHeartRate,
                              List<ItemView> items,
                              @Schema(description = "Therapists only: dosages outside DOMAIN.md's usual ranges") List<Finding> warnings) {
    }

    @Schema(name = "MaxHeartRate")
    public record MaxHeartRateView(String formula, int ageYears, int bpm) {
    }

    @Schema(name = "PlanItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(UUID id, int position, String section, UUID exerciseId, String exerciseSlug, String exerciseName,
                           Pillar pillar, ExerciseKind kind, Dosage dosage,
                           @Schema(description = "The target zone in beats per minute, when the age is known") BpmRange targetHeartRateBpm,
                           String notes, String illustrationUrl) {
    }

    @Schema(name = "BpmRange")
    public record BpmRange(int low, int high) {
    }
}
