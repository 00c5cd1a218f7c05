package org.motus.patient.record;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A patient's record as the API shows it. */
public record PatientView(
        UUID id,
        @Schema(description = "Keycloak subject (token sub) the record is linked to") String subject,
        String displayName,
        @Schema(description = "ISO date, or null when not recorded") LocalDate dateOfBirth,
        List<Condition> conditions,
        @Schema(description = "Usual pain before the programme, 0-10, or null", minimum = "0", maximum = "10") Integer baselinePain,
        @Schema(description = "Sessions per week the treating therapist prescribed, or null") Integer prescribedSessionsPerWeek,
        String goals,
        ContactPreferences contact,
        Instant createdAt,
        Instant updatedAt) {

    public static PatientView of(Patient patient) {
        return new PatientView(patient.id, patient.subject, patient.displayName, patient.dateOfBirth,
                patient.conditions.stream().sorted().toList(), patient.baselinePain,
                patient.prescribedSessionsPerWeek, patient.goals,
                new ContactPreferences(patient.contactChannel, patient.contactEmail, patient.contactPhone),
                patient.createdAt, patient.updatedAt);
    }
}
