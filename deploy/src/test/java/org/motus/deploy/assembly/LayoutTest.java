package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void standardLayoutUsesTheDocumentedPorts() {
        Layout layout = Layout.standard(Path.of("/tmp/motus"));
        assertEquals(
                List.of(15432, 3025, 8025, 8180, 9180, 8081, 8082, 8080),
                List.copyOf(layout.ports().values()));
        assertEquals("http://localhost:8180/realms/motus", layout.issuer());
        assertEquals("http://localhost:8080", layout.gatewayUrl());
    }

    @Test
    void systemTestLayoutIsTheStandardOneShiftedByTenThousand() {
        Layout layout = Layout.systemTest(Path.of("/tmp/motus-it"));
        assertEquals(
                List.of(25432, 13025, 18025, 18180, 19180, 18081, 18082, 18080),
                List.copyOf(layout.ports().values()));
        assertEquals("http://localhost:18180/realms/motus", layout.issuer());
        assertEquals("http://localhost:18081", layout.patientServiceUrl());
        assertEquals("http://localhost:18082", layout.therapistServiceUrl());
        assertEquals("http://localhost:18025", layout.mailApiUrl());
    }

    @Test
    void everythingLivesUnderTheHome() {
        Layout layout = Layout.standard(Path.of("/tmp/motus"));
        assertEquals(Path.of("/tmp/motus/postgres"), layout.postgresData());
        assertEquals(Path.of("/tmp/motus/keycloak-26.5.6"), layout.keycloakHome("26.5.6"));
        assertEquals(Path.of("/tmp/motus/logs"), layout.logs());
        assertEquals(Path.of("/tmp/motus/secrets"), layout.secrets());
    }
}
