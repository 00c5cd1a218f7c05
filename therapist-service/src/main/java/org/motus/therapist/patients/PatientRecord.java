package org.motus.therapist.patients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The part of patient-service's {@code GET /api/v1/patients/{id}} answer that therapist-service
 * reads (contract-services.md); other fields (goals, contact, ...) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientRecord(UUID id, String displayName, LocalDate dateOfBirth, List<String> conditions, Integer baselinePain) {
}
