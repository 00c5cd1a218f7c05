package org.motus.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production realm's shape (keycloak/motus-realm.json, what compose and Kubernetes import),
 * checked without starting Keycloak, so a bad edit fails in seconds rather than in the system
 * tests: no password-grant client and no demo users, forgot-password on, the password policy,
 * brute-force detection, a one-time code for every therapist and admin, SMTP from the environment.
 * The demo overlay is DemoRealmTest's.
 */
class RealmShapeTest {

    static final Path REALM = Path.of("keycloak", "motus-realm.json");
    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        // Surefire runs in the module folder.
        realm = new ObjectMapper().readTree(REALM.toFile());
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
    void signInSpeaksTheLanguagesOfTheAppEnglishFirst() {
        // Issue 19 item 6: Keycloak's sign-in, password and one-time-code pages follow the browser.
        assertTrue(realm.path("internationalizationEnabled").asBoolean());
        Set<String> locales = new TreeSet<>();
        realm.path("supportedLocales").forEach(locale -> locales.add(locale.asText()));
        assertEquals(new TreeSet<>(Set.of("en", "es", "de")), locales);
        assertEquals("en", realm.path("defaultLocale").asText());
    }

    @Test
    void realmRolesArePatientTherapistAdminAndTheTwoServiceRoles() {
        Set<String> roles = new TreeSet<>();
        realm.path("roles")
                .path("realm")
                .forEach(role -> roles.add(role.path("name").asText()));
        assertEquals(new TreeSet<>(Set.of("patient", "therapist", "admin", "notifier", "fhir-client")), roles);
    }

    @Test
    void gatewayIsAConfidentialCodeFlowClientWithPkceS256() {
        JsonNode gateway = client("motus-gateway");
        assertFalse(gateway.path("publicClient").asBoolean(true), "confidential");
        assertTrue(gateway.path("standardFlowEnabled").asBoolean());
        assertFalse(gateway.path("implicitFlowEnabled").asBoolean(true));
        assertFalse(
                gateway.path("directAccessGrantsEnabled").asBoolean(true), "no password grant for the browser client");
        assertEquals(
                "S256",
                gateway.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals(
                "${MOTUS_GATEWAY_CLIENT_SECRET}",
                gateway.path("secret").asText(),
                "the secret comes from the environment at import, with no default");
    }

    @Test
    void gatewayRedirectsAndLogoutReturnGoToTheGatewayTheLauncherNamesDefaultingToTheLocalOne() {
        JsonNode gateway = client("motus-gateway");
        String base = "${MOTUS_GATEWAY_URL:http://localhost:8080}";
        assertTrue(texts(gateway.path("redirectUris")).contains(base + "/*"));
        assertTrue(texts(gateway.path("webOrigins")).contains(base));
        assertTrue(List.of(gateway.path("attributes")
                        .path("post.logout.redirect.uris")
                        .asText()
                        .split("##"))
                .contains(base + "/*"));
    }

    @Test
    void aSessionEndedInKeycloakIsPostedToTheGatewaysBackChannelLogoutWithItsSessionId() {
        JsonNode gateway = client("motus-gateway");
        JsonNode attributes = gateway.path("attributes");
        assertEquals(
                "${MOTUS_GATEWAY_URL:http://localhost:8080}/back-channel-logout",
                attributes.path("backchannel.logout.url").asText());
        assertEquals(
                "true", attributes.path("backchannel.logout.session.required").asText());
        // Front-channel logout off: Keycloak tells the gateway by the back channel, which closes the sockets.
        assertEquals(false, gateway.path("frontchannelLogout").asBoolean(true));
    }

    @Test
    void accessTokensOfTheGatewayCarryTheMotusApiAudience() {
        assertMotusApiAudience(client("motus-gateway"));
    }

    /** The services require the audience motus-api in every access token. */
    static void assertMotusApiAudience(JsonNode client) {
        String clientId = client.path("clientId").asText();
        JsonNode audience = null;
        for (JsonNode mapper : client.path("protocolMappers")) {
            if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())) {
                audience = mapper;
            }
        }
        assertNotNull(audience, clientId + " has no audience mapper");
        assertEquals("openid-connect", audience.path("protocol").asText());
        assertEquals(
                "motus-api",
                audience.path("config").path("included.custom.audience").asText());
        assertEquals("true", audience.path("config").path("access.token.claim").asText());
    }

    @Test
    void noClientOfTheProductionRealmHasThePasswordGrantOrIsPublic() {
        List<String> offending = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("directAccessGrantsEnabled").asBoolean(false)
                    || client.path("publicClient").asBoolean(false)
                    || client.path("implicitFlowEnabled").asBoolean(false)) {
                offending.add(client.path("clientId").asText());
            }
        }
        assertEquals(
                List.of(), offending, "the password grant (and public clients) belong in motus-realm-demo.json only");
        assertEquals(
                List.of("motus-gateway", "motus-accounts", "motus-notifier"), texts(realm.path("clients"), "clientId"));
    }

    @Test
    void everyClientDescriptionFitsKeycloaksColumnOf255Characters() {
        // A longer one makes the realm import fail, and with it Keycloak's start.
        for (JsonNode client : realm.path("clients")) {
            assertTrue(
                    client.path("description").asText().length() <= 255,
                    client.path("clientId").asText());
        }
    }

    @Test
    void theProductionRealmHasNoUsersOnlyTheServiceAccountsOfTheAccountsAndNotifierClients() {
        List<String> people = new ArrayList<>();
        List<String> serviceAccounts = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (user.has("serviceAccountClientId")) {
                serviceAccounts.add(user.path("serviceAccountClientId").asText());
                assertFalse(user.has("credentials"), "a service account signs in with its client's secret");
            } else {
                people.add(user.path("username").asText());
            }
        });
        assertEquals(List.of(), people, "demo users belong in motus-realm-demo.json");
        assertEquals(List.of("motus-accounts", "motus-notifier"), serviceAccounts);
        assertFalse(
                serviceAccount("motus-accounts").has("realmRoles"),
                "no realm role: it is nobody's patient, therapist or admin");
    }

    @Test
    void theNotifierClientIsConfidentialClientCredentialsOnlyAndHoldsOnlyTheNotifierRole() {
        JsonNode notifier = client("motus-notifier");
        assertFalse(notifier.path("publicClient").asBoolean(true), "confidential");
        assertTrue(notifier.path("serviceAccountsEnabled").asBoolean(false));
        assertFalse(notifier.path("standardFlowEnabled").asBoolean(true), "no browser sign-in");
        assertFalse(notifier.path("directAccessGrantsEnabled").asBoolean(true));
        assertTrue(notifier.path("redirectUris").isEmpty());
        assertEquals(
                "${MOTUS_NOTIFIER_CLIENT_SECRET}",
                notifier.path("secret").asText(),
                "the secret comes from the environment at import, with no default");
        // patient-service requires the motus-api audience of every token, the service account's too.
        assertMotusApiAudience(notifier);
        JsonNode account = serviceAccount("motus-notifier");
        assertEquals(
                List.of("notifier"),
                texts(account.path("realmRoles")),
                "only notifier: never patient, therapist or admin, so it reaches no patient's record");
        assertFalse(account.has("clientRoles"), "no role of another client (no user management)");
    }

    @Test
    void onlyAServiceAccountHoldsTheNotifierRole() {
        realm.path("users").forEach(user -> {
            if (texts(user.path("realmRoles")).contains("notifier")) {
                assertEquals(
                        "motus-notifier", user.path("serviceAccountClientId").asText(), user.toString());
            }
        });
    }

    private static JsonNode serviceAccount(String clientId) {
        for (JsonNode user : realm.path("users")) {
            if (clientId.equals(user.path("serviceAccountClientId").asText())) {
                return user;
            }
        }
        throw new AssertionError("no service account of " + clientId);
    }

    @Test
    void theAccountsClientIsConfidentialClientCredentialsOnlyAndManagesOnlyUsers() {
        JsonNode accounts = client("motus-accounts");
        assertFalse(accounts.path("publicClient").asBoolean(true), "confidential");
        assertTrue(accounts.path("serviceAccountsEnabled").asBoolean(false));
        assertFalse(accounts.path("standardFlowEnabled").asBoolean(true), "no browser sign-in");
        assertFalse(accounts.path("directAccessGrantsEnabled").asBoolean(true));
        assertEquals(
                "${MOTUS_ACCOUNTS_CLIENT_SECRET}",
                accounts.path("secret").asText(),
                "the secret comes from the environment at import, with no default");
        JsonNode roles = serviceAccount("motus-accounts").path("clientRoles");
        assertEquals(List.of("realm-management"), fieldNames(roles), "no role of another client");
        assertEquals(
                new TreeSet<>(Set.of("manage-users", "view-users", "query-users")),
                new TreeSet<>(texts(roles.path("realm-management"))),
                "user management only: never realm-admin, manage-realm or manage-clients");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void forgotPasswordIsOnAndSelfRegistrationOff() {
        assertTrue(realm.path("resetPasswordAllowed").asBoolean(false));
        assertFalse(realm.path("registrationAllowed").asBoolean(true), "accounts are created by the clinic");
        assertFalse(realm.path("duplicateEmailsAllowed").asBoolean(true));
    }

    @Test
    void passwordsHaveAtLeastTwelveCharactersAreNotTheUsernameAndNotRecentlyUsed() {
        Map<String, String> policy = passwordPolicy(realm.path("passwordPolicy").asText());
        assertTrue(Integer.parseInt(policy.getOrDefault("length", "0")) >= 12, () -> "length(12) at least: " + policy);
        assertTrue(policy.containsKey("notUsername"), () -> "notUsername: " + policy);
        assertTrue(
                Integer.parseInt(policy.getOrDefault("passwordHistory", "0")) >= 3,
                () -> "passwordHistory(3) at least: " + policy);
    }

    @Test
    void thePolicyParserReadsKeycloaksSyntax() {
        assertEquals(
                Map.of("length", "12", "notUsername", "", "passwordHistory", "5"),
                passwordPolicy("length(12) and notUsername and passwordHistory(5)"));
    }

    @Test
    void bruteForceDetectionLocksAnAccountTemporarilyAfterAFewFailures() {
        assertTrue(realm.path("bruteForceProtected").asBoolean(false));
        assertFalse(
                realm.path("permanentLockout").asBoolean(true),
                "temporary lockouts: a permanent one lets anyone lock a therapist out");
        int failures = realm.path("failureFactor").asInt(0);
        assertTrue(failures >= 3 && failures <= 10, "failureFactor " + failures);
        assertTrue(realm.path("waitIncrementSeconds").asInt(0) >= 30);
        assertTrue(realm.path("maxFailureWaitSeconds").asInt(0)
                >= realm.path("waitIncrementSeconds").asInt(0));
        assertTrue(realm.path("minimumQuickLoginWaitSeconds").asInt(0) >= 30);
        assertTrue(realm.path("maxDeltaTimeSeconds").asInt(0) >= 3600, "failures are remembered for an hour at least");
    }

    @Test
    void oneTimeCodesAreTotpWithKeycloaksDefaultsAndCannotBeReplayed() {
        assertEquals("totp", realm.path("otpPolicyType").asText());
        assertEquals("HmacSHA1", realm.path("otpPolicyAlgorithm").asText());
        assertEquals(6, realm.path("otpPolicyDigits").asInt());
        assertEquals(30, realm.path("otpPolicyPeriod").asInt());
        assertFalse(realm.path("otpPolicyCodeReusable").asBoolean(true), "a code works once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"therapist", "admin"})
    void theBrowserFlowAsksEveryTherapistAndAdminForAOneTimeCode(String role) {
        assertEquals("motus browser", realm.path("browserFlow").asText());
        assertTrue(subflowsOf(flow("motus browser"), "ALTERNATIVE").contains("motus browser forms"));
        JsonNode forms = flow("motus browser forms");
        JsonNode first = forms.path("authenticationExecutions").path(0);
        assertEquals("auth-username-password-form", first.path("authenticator").asText());
        assertEquals("REQUIRED", first.path("requirement").asText());
        List<String> asking = new ArrayList<>();
        for (String alias : subflowsOf(forms, "CONDITIONAL")) {
            List<String> authenticators = new ArrayList<>();
            Map<String, Boolean> roleConditions = new HashMap<>();
            for (JsonNode execution : flow(alias).path("authenticationExecutions")) {
                assertEquals("REQUIRED", execution.path("requirement").asText(), alias);
                authenticators.add(execution.path("authenticator").asText());
                if ("conditional-user-role"
                        .equals(execution.path("authenticator").asText())) {
                    JsonNode config = authenticatorConfig(
                            execution.path("authenticatorConfig").asText());
                    roleConditions.put(
                            config.path("condUserRole").asText(),
                            !config.path("negate").asBoolean(false));
                }
            }
            // Asks for the code on having the role alone, whether or not the user has set up an authenticator
            // (one who has not is made to set one up: the OTP form's required action).
            if (authenticators.contains("auth-otp-form")
                    && !authenticators.contains("conditional-user-configured")
                    && Boolean.TRUE.equals(roleConditions.get(role))) {
                asking.add(alias);
            }
        }
        assertEquals(
                1,
                asking.size(),
                () -> "exactly one subflow must ask every " + role + " for a one-time code, found " + asking);
    }

    @Test
    void aTherapistWhoIsAlsoAnAdminIsAskedForOneCodeOnly() {
        List<String> configs = new ArrayList<>();
        flow("motus otp for admins")
                .path("authenticationExecutions")
                .forEach(execution ->
                        configs.add(execution.path("authenticatorConfig").asText()));
        assertTrue(configs.contains("not role therapist"), configs.toString());
        assertEquals(
                "therapist",
                authenticatorConfig("not role therapist").path("condUserRole").asText());
        assertEquals(
                "true", authenticatorConfig("not role therapist").path("negate").asText());
    }

    @Test
    void mailGoesThroughTheSmtpServerTheDeploymentNames() {
        JsonNode smtp = realm.path("smtpServer");
        assertEquals(
                "${MOTUS_SMTP_HOST}",
                smtp.path("host").asText(),
                "no default host: a deployment must name its SMTP server");
        assertEquals("${MOTUS_SMTP_FROM}", smtp.path("from").asText());
        for (String field : List.of("port", "auth", "user", "password", "starttls", "ssl")) {
            assertTrue(
                    smtp.path(field).asText().startsWith("${MOTUS_SMTP_"),
                    () -> field + " must come from the environment: " + smtp);
        }
        assertEquals("${MOTUS_SMTP_PASSWORD:}", smtp.path("password").asText(), "no password in the file");
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode flow(String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow;
            }
        }
        throw new AssertionError("no authentication flow " + alias);
    }

    private static List<String> subflowsOf(JsonNode flow, String requirement) {
        List<String> aliases = new ArrayList<>();
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            if (execution.path("authenticatorFlow").asBoolean()
                    && requirement.equals(execution.path("requirement").asText())) {
                aliases.add(execution.path("flowAlias").asText());
            }
        }
        return aliases;
    }

    private static JsonNode authenticatorConfig(String alias) {
        for (JsonNode config : realm.path("authenticatorConfig")) {
            if (alias.equals(config.path("alias").asText())) {
                return config.path("config");
            }
        }
        throw new AssertionError("no authenticator config " + alias);
    }

    /** Keycloak's policy syntax, "length(12) and notUsername", as {length=12, notUsername=}. */
    static Map<String, String> passwordPolicy(String policy) {
        Map<String, String> policies = new LinkedHashMap<>();
        for (String part : policy.split("\\s+and\\s+")) {
            Matcher m = Pattern.compile("(\\w+)(?:\\((.*)\\))?").matcher(part.strip());
            if (m.matches()) {
                policies.put(m.group(1), m.group(2) == null ? "" : m.group(2));
            }
        }
        return policies;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
