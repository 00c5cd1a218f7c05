package org.motus.patient.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A patient as an admin sees them: administrative fields only. No date of birth, conditions, pain,
 * ceiling, goals or contact: an admin does not see clinical data of patients they do not treat
 * (ADR 0030). The directory lists these, and the record changes an admin makes (create, rename,
 * discharge, reactivate) answer with one, whoever makes them.
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

    /** The administrative view of a record, its care team read from the database (earliest assigned first). */
    public static PatientSummary of(Patient patient) {
        return of(
                patient,
                CareTeamMember.ofPatient(patient.id).stream()
                        .map(member -> member.key.therapistSubject())
                        .toList());
    }

    static PatientSummary of(Patient patient, List<String> careTeam) {
        return new PatientSummary(
                patient.id,
                patient.subject,
                patient.displayName,
                patient.dischargedAt == null ? Status.IN_CARE : Status.DISCHARGED,
                patient.dischargedAt,
                careTeam,
                patient.createdAt);
    }

    /** Whether the patient is in care or was discharged (read-only). */
    public enum Status {
        IN_CARE,
        DISCHARGED
    }
}
