package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motus.deploy.assembly.Layout;

/** The services, called directly with real Keycloak tokens: issuer, audience and roles line up. */
@ExtendWith(RunningMotus.class)
class ServicesAcceptKeycloakTokensIT {

    @Test
    void aPatientsTokenGetsTheirOwnRecordFromPatientService(Layout layout) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.PAT);
        HttpResponse<String> response = Http.get(layout.patientServiceUrl() + "/api/v1/patients/me", token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        JsonNode patient = Http.json(response);
        assertFalse(patient.path("id").asText().isEmpty(), () -> "no id: " + patient);
        // Asking again returns the same record, not a second one.
        HttpResponse<String> again = Http.get(layout.patientServiceUrl() + "/api/v1/patients/me", token);
        assertEquals(patient.path("id"), Http.json(again).path("id"));
    }

    @Test
    void aPatientsTokenGetsTheExerciseLibraryFromTherapistService(Layout layout) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.PAT);
        HttpResponse<String> response = Http.get(layout.therapistServiceUrl() + "/api/v1/exercises", token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        JsonNode exercises = Http.json(response);
        assertTrue(exercises.isArray() && !exercises.isEmpty(), () -> "expected the seeded exercises: " + exercises);
        assertFalse(exercises.get(0).path("name").asText().isEmpty());
    }

    @Test
    void withoutATokenBothServicesAnswer401(Layout layout) {
        HttpResponse<String> patient = Http.get(layout.patientServiceUrl() + "/api/v1/patients/me", null);
        assertEquals(401, patient.statusCode(), () -> Http.describe(patient));
        HttpResponse<String> exercises = Http.get(layout.therapistServiceUrl() + "/api/v1/exercises", null);
        assertEquals(401, exercises.statusCode(), () -> Http.describe(exercises));
    }
}
