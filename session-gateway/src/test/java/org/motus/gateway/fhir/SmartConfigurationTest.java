package org.motus.gateway.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartConfigurationTest {

    @Test
    void pointsAtTheRealmsTokenEndpointAndListsTheScopesTheRealmHas() {
        ObjectNode document = SmartConfiguration.document("https://id.clinic.example/realms/motus");
        assertEquals(
                "https://id.clinic.example/realms/motus/protocol/openid-connect/token",
                document.path("token_endpoint").asText());
        assertEquals(
                "client_credentials",
                document.path("grant_types_supported").path(0).asText());
        List<String> scopes = new ArrayList<>();
        document.path("scopes_supported").forEach(scope -> scopes.add(scope.asText()));
        assertTrue(scopes.containsAll(
                List.of("system/*.read", "patient/*.read", "system/Observation.read", "patient/Appointment.read")));
        assertEquals(2 + 2 * SmartConfiguration.TYPES.size(), scopes.size());
    }
}
