package org.motus.gateway.patients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * The part of patient-service's patient record the gateway reads; other fields are ignored.
 * {@code subject} (the patient's Keycloak subject) is read when patient-service sends it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientRecord(UUID id, String displayName, String subject) {}
