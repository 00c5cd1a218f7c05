package org.motus.patient.export;

import java.util.Optional;

/**
 * The FHIR resource types a clinic-wide export writes: those patient-service owns and maps in
 * {@code fhir.ToFhir}, {@code fhir.CareFhir} and {@code fhir.PromFhir}, in the order they are written.
 * (Practitioner comes from Keycloak's accounts and Questionnaire is a fixed definition, not patient
 * data: neither is exported.)
 */
public enum ExportType {
    PATIENT("Patient"),
    CARE_TEAM("CareTeam"),
    CONSENT("Consent"),
    OBSERVATION("Observation"),
    FLAG("Flag"),
    QUESTIONNAIRE_RESPONSE("QuestionnaireResponse");

    private final String fhirName;

    ExportType(String fhirName) {
        this.fhirName = fhirName;
    }

    public String fhirName() {
        return fhirName;
    }

    public static Optional<ExportType> ofFhirName(String name) {
        for (ExportType type : values()) {
            if (type.fhirName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
