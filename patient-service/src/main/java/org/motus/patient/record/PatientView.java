package org.motus.patient.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.language.Language;

/** A patient's record as the API shows it. */
public record PatientView(
        UUID id,

        @Schema(description = "Keycloak subject (token sub) the record is linked to")
        String subject,

        String displayName,

        @Schema(nullable = true, description = "ISO date, or null when not recorded")
        LocalDate dateOfBirth,

        List<Condition> conditions,

        @Schema(
                nullable = true,
                description = "Usual pain before the programme, 0-10, or null",
                minimum = "0",
                maximum = "10")
        Integer baselinePain,

        @Schema(nullable = true, description = "Sessions per week the treating therapist prescribed, or null")
        Integer prescribedSessionsPerWeek,

        @Schema(nullable = true) String goals,
        ContactView contact,

        @Schema(description = "Rule 13: the ceiling in force; default 3/10 unless the treating therapist set one")
        ActivityCeilingView activityCeiling,

        @Schema(description = "Rule 18: IANA zone that days and weeks are counted in (default UTC)")
        String timeZone,

        @Schema(nullable = true, description = "When the zone was last set; null while it is the untouched default")
        Instant timeZoneSetAt,

        @Schema(
                nullable = true,
                description = "The language the patient chose for Motus; null while they follow their browser's."
                        + " What is printed for them (the handout) is in it")
        Language language,

        @Schema(
                nullable = true,
                description = "Null while the patient is in care; when discharged, the record is read-only")
        DischargeView discharge,

        Instant createdAt,
        Instant updatedAt) {

    public record DischargeView(
            Instant dischargedAt,
            String dischargedBy,
            @Schema(nullable = true) String note) {}

    public record ActivityCeilingView(
            int painCeiling,
            @JsonProperty("default") boolean isDefault,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true) String setBy,
            @Schema(nullable = true) Instant setAt) {}

    public static PatientView of(Patient patient, Language language) {
        return new PatientView(
                patient.id,
                patient.subject,
                patient.displayName,
                patient.dateOfBirth,
                patient.conditions.stream().sorted().toList(),
                patient.baselinePain,
                patient.prescribedSessionsPerWeek,
                patient.goals,
                new ContactView(patient.contactChannel, patient.contactEmail, patient.contactPhone),
                new ActivityCeilingView(
                        patient.ceiling(),
                        patient.activityCeiling == null,
                        patient.activityCeilingReason,
                        patient.activityCeilingSetBy,
                        patient.activityCeilingSetAt),
                patient.timeZone,
                patient.timeZoneSetAt,
                language,
                patient.dischargedAt == null
                        ? null
                        : new DischargeView(patient.dischargedAt, patient.dischargedBy, patient.dischargeNote),
                patient.createdAt,
                patient.updatedAt);
    }
}
