package org.motus.therapist.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Dosage;

/** What a therapist sends to author plans. */
public final class PlanRequests {

    public static final int MAX_ITEMS = 40;

    private PlanRequests() {}

    @Schema(name = "CreatePlan")
    public record Create(
            @NotNull @Schema(description = "patient-service's id of a patient on your caseload")
            UUID patientId,

            @NotBlank @Size(max = 120) String title,

            @Schema(description = "Start from this condition protocol or clinic template; empty for a blank plan")
            UUID protocolId,

            @Schema(
                    description = "Start from a copy of this plan of another patient on your caseload (its draft, else"
                            + " its published version); not with protocolId")
            UUID copyFromPlanId) {

        /** A blank plan or one from a protocol (the copy field left out). */
        public Create(UUID patientId, String title, UUID protocolId) {
            this(patientId, title, protocolId, null);
        }
    }

    @Schema(name = "PlanDraft")
    public record Draft(
            @NotNull @Size(max = MAX_ITEMS) List<@NotNull @Valid Item> items,

            @Size(max = 500) @Schema(description = "What changed, shown in the history")
            String changeNote) {}

    @Schema(name = "PlanItemInput")
    public record Item(
            @NotNull UUID exerciseId,

            @Size(max = 80) @Schema(description = "A heading grouping items, e.g. 'Daily 15-minute core routine'")
            String section,

            @NotNull Dosage dosage,
            @Size(max = 1000) String notes) {}
}
