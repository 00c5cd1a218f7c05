package org.motus.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motus.deploy.assembly.DemoRealm;

/**
 * The demo overlay (keycloak/motus-realm-demo.json) and the realm the launcher and the system tests
 * import: the production realm plus the overlay's demo users and demo-only password-grant client,
 * with every production policy kept.
 */
class DemoRealmTest {

    static final String DEMO_TOTP_SECRET = "DEMOONLYMOTUSTOTPSECRETNOTFORUSE";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode production;
    private static JsonNode overlay;
    private static JsonNode merged;

    @BeforeAll
    static void readRealms() throws IOException {
        production = JSON.readTree(RealmShapeTest.REALM.toFile());
        overlay = JSON.readTree(Path.of("keycloak", "motus-realm-demo.json").toFile());
        merged = DemoRealm.merge(production, overlay);
    }

    @Test
    void theDemoRealmIsTheProductionRealmWithUsersAndTheDemoClientsAdded() {
        ObjectNode withoutAdditions = (ObjectNode) merged.deepCopy();
        int productionUsers = production.path("users").size();
        var users = (com.fasterxml.jackson.databind.node.ArrayNode) withoutAdditions.get("users");
        while (users.size() > productionUsers) {
            users.remove(productionUsers);
        }
        withoutAdditions.put("otpPolicyCodeReusable", false);
        int productionClients = production.path("clients").size();
        var clients = (com.fasterxml.jackson.databind.node.ArrayNode) withoutAdditions.get("clients");
        while (clients.size() > productionClients) {
            clients.remove(productionClients);
        }
        assertEquals(production, withoutAdditions);
        assertEquals(
                List.of("motus-gateway", "motus-accounts", "motus-notifier", "motus-test", "motus-ehr"),
                RealmShapeTest.texts(merged.path("clients"), "clientId"));
        assertEquals(
                List.of(
                        "service-account-motus-accounts",
                        "service-account-motus-notifier",
                        "tess",
                        "pat",
                        "paula",
                        "adam",
                        "service-account-motus-ehr"),
                RealmShapeTest.texts(merged.path("users"), "username"));
    }

    @Test
    void noDemoUserHoldsTheNotifierServiceRole() {
        merged.path("users").forEach(user -> {
            if (RealmShapeTest.texts(user.path("realmRoles")).contains("notifier")) {
                assertEquals(
                        "motus-notifier", user.path("serviceAccountClientId").asText(), user.toString());
            }
        });
    }

    @Test
    void theDemoRealmLetsACodeBeUsedTwiceSoTestsCanSignInAgainWithinThirtySeconds() {
        assertTrue(merged.path("otpPolicyCodeReusable").asBoolean());
    }

    @Test
    void theTestClientIsPublicWithThePasswordGrantOnlyAndMarkedDemoOnly() {
        JsonNode test = overlay.path("clients").path(0);
        assertEquals("motus-test", test.path("clientId").asText());
        assertTrue(test.path("publicClient").asBoolean());
        assertTrue(test.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(test.path("standardFlowEnabled").asBoolean(true));
        assertTrue(test.path("redirectUris").isEmpty());
        assertTrue(test.path("description").asText().contains("DEMO-ONLY"));
        RealmShapeTest.assertMotusApiAudience(test);
    }

    @ParameterizedTest
    @CsvSource({
        "tess,  Tess,  Therapist, therapist",
        "pat,   Pat,   Patient,   patient",
        "paula, Paula, Patient,   patient",
        "adam,  Adam,  Admin,     admin"
    })
    void demoUserHasAProfileADemoPasswordThatMeetsThePolicyAndOneRole(
            String username, String firstName, String lastName, String role) {
        JsonNode user = user(username);
        assertTrue(user.path("enabled").asBoolean());
        // Keycloak's default user profile requires these; without them login asks to complete the profile.
        assertEquals(firstName, user.path("firstName").asText());
        assertEquals(lastName, user.path("lastName").asText());
        assertEquals(username + "@motus.example", user.path("email").asText());
        assertTrue(user.path("emailVerified").asBoolean());
        assertEquals(List.of(role), RealmShapeTest.texts(user.path("realmRoles")));
        JsonNode password = user.path("credentials").path(0);
        assertEquals("password", password.path("type").asText());
        assertEquals(username + "-demo-only", password.path("value").asText());
        assertFalse(password.path("temporary").asBoolean(true));
        Map<String, String> policy =
                RealmShapeTest.passwordPolicy(production.path("passwordPolicy").asText());
        assertTrue(
                password.path("value").asText().length() >= Integer.parseInt(policy.get("length")),
                "Keycloak refuses to import a password that breaks the realm's policy");
    }

    @ParameterizedTest
    @CsvSource({"tess, true", "adam, true", "pat, false", "paula, false"})
    void demoStaffAreEnrolledInTotpWithTheDemoSecret(String username, boolean staff) throws IOException {
        JsonNode otp = null;
        for (JsonNode credential : user(username).path("credentials")) {
            if ("otp".equals(credential.path("type").asText())) {
                otp = credential;
            }
        }
        assertEquals(staff, otp != null, username);
        if (otp != null) {
            assertEquals(
                    DEMO_TOTP_SECRET,
                    JSON.readTree(otp.path("secretData").asText()).path("value").asText());
            JsonNode data = JSON.readTree(otp.path("credentialData").asText());
            assertEquals("totp", data.path("subType").asText());
            assertEquals(
                    "BASE32", data.path("secretEncoding").asText(), "the secret is what an authenticator app is given");
            assertEquals(
                    production.path("otpPolicyDigits").asInt(),
                    data.path("digits").asInt());
            assertEquals(
                    production.path("otpPolicyPeriod").asInt(),
                    data.path("period").asInt());
            assertEquals(
                    production.path("otpPolicyAlgorithm").asText(),
                    data.path("algorithm").asText());
            assertEquals(
                    6, Totp.fromBase32(DEMO_TOTP_SECRET).code(Instant.now()).length());
        }
    }

    @Test
    void anOverlayThatChangesAPolicyIsRefused() throws IOException {
        JsonNode weakening = JSON.readTree("{\"passwordPolicy\": \"length(4)\"}");
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> DemoRealm.merge(production, weakening));
        assertTrue(refused.getMessage().contains("passwordPolicy"), refused.getMessage());
    }

    @Test
    void anOverlayThatReplacesTheGatewayClientIsRefused() throws IOException {
        JsonNode replacing = JSON.readTree(
                "{\"clients\": [{\"clientId\": \"motus-gateway\", \"directAccessGrantsEnabled\": true}]}");
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> DemoRealm.merge(production, replacing));
        assertTrue(refused.getMessage().contains("motus-gateway"), refused.getMessage());
    }

    @Test
    void mergingLeavesTheProductionRealmUntouched() {
        assertEquals(2, production.path("users").size(), "the accounts and notifier clients' service accounts only");
        assertEquals(3, production.path("clients").size());
    }

    private static JsonNode user(String username) {
        for (JsonNode user : merged.path("users")) {
            if (username.equals(user.path("username").asText())) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }
}
