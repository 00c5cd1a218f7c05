package org.motus.patient.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A patient as the admin's patient list shows them: administrative fields only. No date of birth,
 * conditions, pain, goals or contact: an admin does not see clinical data of patients they do not treat.
 */
public record PatientSummary(
        UUID id,

        @Schema(description = "Keycloak subject (token sub) the record is linked to")
        String subject,

        String displayName,
        Status status,

        @Schema(nullable = true, description = "When discharged; null while in care")
        Instant dischargedAt,

        @Schema(description = "Keycloak subjects of the therapists on the care team, earliest assigned first")
        List<String> careTeam,

        Instant createdAt) {

    /** Whether the patient is in care or was discharged (read-only). */
    public enum Status {
        IN_CARE,
        DISCHARGED
    }
}
