package org.motus.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realm import's shape, checked without starting Keycloak, so a bad edit of
 * keycloak/motus-realm.json fails in seconds rather than in the system tests.
 */
class RealmShapeTest {

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        // Surefire runs in the module folder.
        realm = new ObjectMapper().readTree(Path.of("keycloak", "motus-realm.json").toFile());
    }

    @Test
    void realmIsMotusAndDoesNotPinTheIssuer() {
        assertEquals("motus", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        // The issuer follows Keycloak's --hostname (8180 locally, 18180 in system tests).
        assertFalse(realm.toString().contains("8180"), "the realm must not hard-code Keycloak's URL");
        assertFalse(realm.has("attributes") && realm.path("attributes").has("frontendUrl"));
    }

    @Test
    void realmRolesArePatientTherapistAdmin() {
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        assertEquals(new TreeSet<>(Set.of("patient", "therapist", "admin")), roles);
    }

    @Test
    void gatewayIsAConfidentialCodeFlowClientWithPkceS256() {
        JsonNode gateway = client("motus-gateway");
        assertFalse(gateway.path("publicClient").asBoolean(true), "confidential");
        assertTrue(gateway.path("standardFlowEnabled").asBoolean());
        assertFalse(gateway.path("implicitFlowEnabled").asBoolean(true));
        assertFalse(gateway.path("directAccessGrantsEnabled").asBoolean(true), "no password grant for the browser client");
        assertEquals("S256", gateway.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals("${MOTUS_GATEWAY_CLIENT_SECRET:motus-gateway-demo-only-secret}", gateway.path("secret").asText(),
                "the secret comes from the launcher's environment at import; the default is demo-only");
    }

    @Test
    void gatewayRedirectsAndLogoutReturnGoToTheGatewayTheLauncherNamesDefaultingToTheLocalOne() {
        JsonNode gateway = client("motus-gateway");
        String base = "${MOTUS_GATEWAY_URL:http://localhost:8080}";
        assertTrue(texts(gateway.path("redirectUris")).contains(base + "/*"));
        assertTrue(texts(gateway.path("webOrigins")).contains(base));
        assertTrue(List.of(gateway.path("attributes").path("post.logout.redirect.uris").asText().split("##")).contains(base + "/*"));
    }

    @Test
    void testClientIsPublicWithThePasswordGrantOnly() {
        JsonNode test = client("motus-test");
        assertTrue(test.path("publicClient").asBoolean());
        assertTrue(test.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(test.path("standardFlowEnabled").asBoolean(true));
        assertTrue(test.path("redirectUris").isEmpty());
        assertTrue(test.path("description").asText().contains("DEMO-ONLY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"motus-gateway", "motus-test"})
    void accessTokensOfBothClientsCarryTheMotusApiAudience(String clientId) {
        JsonNode audience = null;
        for (JsonNode mapper : client(clientId).path("protocolMappers")) {
            if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())) {
                audience = mapper;
            }
        }
        assertNotNull(audience, clientId + " has no audience mapper");
        assertEquals("openid-connect", audience.path("protocol").asText());
        assertEquals("motus-api", audience.path("config").path("included.custom.audience").asText());
        assertEquals("true", audience.path("config").path("access.token.claim").asText());
    }

    @ParameterizedTest
    @CsvSource({
            "tess,  tess-demo,  Tess,  Therapist, therapist",
            "pat,   pat-demo,   Pat,   Patient,   patient",
            "paula, paula-demo, Paula, Patient,   patient",
            "adam,  adam-demo,  Adam,  Admin,     admin"})
    void demoUserHasAProfileItsDemoPasswordAndOneRole(String username, String password, String firstName,
                                                      String lastName, String role) {
        JsonNode user = user(username);
        assertTrue(user.path("enabled").asBoolean());
        // Keycloak's default user profile requires these; without them login asks to complete the profile.
        assertEquals(firstName, user.path("firstName").asText());
        assertEquals(lastName, user.path("lastName").asText());
        assertEquals(username + "@motus.example", user.path("email").asText());
        assertTrue(user.path("emailVerified").asBoolean());
        assertEquals(List.of(role), texts(user.path("realmRoles")));
        JsonNode credential = user.path("credentials").path(0);
        assertEquals("password", credential.path("type").asText());
        assertEquals(password, credential.path("value").asText());
        assertFalse(credential.path("temporary").asBoolean(true));
    }

    @Test
    void thereAreExactlyTheFourDemoUsers() {
        assertEquals(List.of("tess", "pat", "paula", "adam"), texts(realm.path("users"), "username"));
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode user(String username) {
        for (JsonNode user : realm.path("users")) {
            if (username.equals(user.path("username").asText())) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
