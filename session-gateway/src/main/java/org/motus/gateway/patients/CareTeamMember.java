package org.motus.gateway.patients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A therapist on a patient's care team, as patient-service names them (by Keycloak subject); other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CareTeamMember(String therapistSubject) {}
