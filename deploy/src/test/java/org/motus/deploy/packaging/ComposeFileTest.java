package org.motus.deploy.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.deploy.packaging.KubernetesOverlaysTest.assertNoViolations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml and its .env.example, parsed; each rule also shown failing on a broken copy. */
class ComposeFileTest {

    static final Path COMPOSE = Path.of("compose");

    private static JsonNode compose;
    private static String composeText;
    private static Map<String, String> envExample;

    @BeforeAll
    static void read() throws IOException {
        composeText = Files.readString(COMPOSE.resolve("compose.yaml"));
        compose = Yaml.document(COMPOSE.resolve("compose.yaml"));
        envExample = ComposeRules.parseEnvFile(Files.readString(COMPOSE.resolve(".env.example")));
    }

    @Test
    void composeRunsTheSameServicesEachWithAHealthcheckAndWaitsForHealth() {
        assertNoViolations(ComposeRules.services(compose));
        assertNoViolations(ComposeRules.healthchecks(compose));
        assertNoViolations(ComposeRules.dependencies(compose));
    }

    @Test
    void keycloakRunsInProductionModeWithItsOwnDatabaseAndTheMotusRealm() {
        assertNoViolations(ComposeRules.keycloakInProductionMode(compose));
        assertTrue(
                Files.isRegularFile(COMPOSE.resolve("../keycloak/motus-realm.json")), "the mounted realm file exists");
        assertTrue(
                Files.isRegularFile(COMPOSE.resolve("postgres/init-databases.sh")), "the mounted init script exists");
    }

    @Test
    void coturnAuthenticatesWithTheSecretItSharesWithTheGateway() {
        assertNoViolations(ComposeRules.coturn(compose));
    }

    @Test
    void secretsComeOnlyFromTheEnvFileAndTheExampleHoldsPlaceholders() {
        assertNoViolations(ComposeRules.secretsOnlyFromEnvironment(compose));
        assertNoViolations(ComposeRules.environmentExample(composeText, envExample));
    }

    @Test
    void everyServiceGetsItsProductionEnvironmentAndIsBuiltFromTheOneDockerfileWithItsBuildArguments() {
        assertNoViolations(ComposeRules.serviceEnvironment(compose));
        assertNoViolations(ComposeRules.imagesPinned(compose));
    }

    @Test
    void theRealEnvFileIsGitIgnored() throws IOException {
        assertTrue(Files.readAllLines(COMPOSE.resolve(".gitignore")).contains(".env"));
    }

    // --- each rule fails on a broken copy ---

    @Test
    void aMissingServiceIsReported() {
        expect(ComposeRules::services, "expected", c -> services(c).remove("redis"));
    }

    @Test
    void aServiceWithoutHealthcheckIsReported() {
        expect(
                ComposeRules::healthchecks,
                "coturn: no healthcheck",
                c -> service(c, "coturn").remove("healthcheck"));
        expect(
                ComposeRules::healthchecks,
                "redis: no healthcheck",
                c -> ((ObjectNode) service(c, "redis").path("healthcheck"))
                        .putArray("test")
                        .add("NONE"));
    }

    @Test
    void waitingOnlyForStartIsReported() {
        expect(
                ComposeRules::dependencies,
                "condition must be service_healthy",
                c -> ((ObjectNode) service(c, "session-gateway").at("/depends_on/keycloak"))
                        .put("condition", "service_started"));
        expect(ComposeRules::dependencies, "depends_on as a list", c -> {
            ArrayNode list = service(c, "patient-service").putArray("depends_on");
            list.add("postgres").add("keycloak");
        });
    }

    @Test
    void keycloakInDevModeIsReported() {
        expect(
                ComposeRules::keycloakInProductionMode,
                "production mode",
                c -> service(c, "keycloak").putArray("command").add("start-dev").add("--import-realm"));
        expect(
                ComposeRules::keycloakInProductionMode,
                "KC_DB must be postgres",
                c -> ((ObjectNode) service(c, "keycloak").path("environment")).remove("KC_DB"));
    }

    @Test
    void coturnWithoutSharedSecretIsReported() {
        expect(ComposeRules::coturn, "--use-auth-secret missing", c -> {
            ArrayNode command = (ArrayNode) service(c, "coturn").path("command");
            for (int i = 0; i < command.size(); i++) {
                if (command.get(i).asText().equals("--use-auth-secret")) {
                    command.remove(i);
                }
            }
        });
        expect(
                ComposeRules::coturn,
                "must be the same .env variable",
                c -> ((ObjectNode) service(c, "session-gateway").path("environment"))
                        .put("MOTUS_TURN_SECRET", "${OTHER_SECRET:?}"));
    }

    @Test
    void aLiteralSecretIsReported() {
        expect(
                ComposeRules::secretsOnlyFromEnvironment,
                "QUARKUS_OIDC_CREDENTIALS_SECRET must be ${VAR:?...}",
                c -> ((ObjectNode) service(c, "session-gateway").path("environment"))
                        .put("QUARKUS_OIDC_CREDENTIALS_SECRET", "hunter2"));
        expect(
                ComposeRules::secretsOnlyFromEnvironment,
                "POSTGRES_PASSWORD must be ${VAR:?...}",
                c -> ((ObjectNode) service(c, "postgres").path("environment"))
                        .put("POSTGRES_PASSWORD", "${POSTGRES_PASSWORD:-postgres}"));
    }

    @Test
    void aServiceMissingPartOfItsEnvironmentIsReported() {
        expect(
                ComposeRules::serviceEnvironment,
                "therapist-service: MOTUS_SERVICES_PATIENT_URL not set",
                c -> ((ObjectNode) service(c, "therapist-service").path("environment"))
                        .remove("MOTUS_SERVICES_PATIENT_URL"));
    }

    @Test
    void aServiceBuiltFromAnotherDockerfileOrWithWrongBuildArgumentsIsReported() {
        expect(
                ComposeRules::serviceEnvironment,
                "patient-service: build.dockerfile must be deploy/images/Dockerfile",
                c -> ((ObjectNode) service(c, "patient-service").path("build"))
                        .put("dockerfile", "deploy/images/patient-service/Dockerfile"));
        expect(
                ComposeRules::serviceEnvironment,
                "session-gateway: build.args.SERVICE must be session-gateway",
                c -> ((ObjectNode) service(c, "session-gateway").at("/build/args")).put("SERVICE", "patient-service"));
        expect(
                ComposeRules::serviceEnvironment,
                "therapist-service: build.args.PORT must be 8082",
                c -> ((ObjectNode) service(c, "therapist-service").at("/build/args")).remove("PORT"));
    }

    @Test
    void anUnpinnedImageIsReported() {
        expect(
                ComposeRules::imagesPinned,
                "redis: image redis:latest",
                c -> service(c, "redis").put("image", "redis:latest"));
        expect(
                ComposeRules::imagesPinned,
                "postgres: image postgres",
                c -> service(c, "postgres").put("image", "postgres"));
    }

    @Test
    void anEnvExampleWithARealSecretOrAMissingVariableIsReported() {
        Map<String, String> leaky = new LinkedHashMap<>(envExample);
        leaky.put("TURN_SECRET", "4f1c2d9e8b7a");
        assertTrue(ComposeRules.environmentExample(composeText, leaky).stream()
                .anyMatch(v -> v.contains("TURN_SECRET must be the placeholder")));
        Map<String, String> incomplete = new LinkedHashMap<>(envExample);
        incomplete.remove("GATEWAY_DB_PASSWORD");
        assertTrue(ComposeRules.environmentExample(composeText, incomplete).stream()
                .anyMatch(v -> v.contains("lacks GATEWAY_DB_PASSWORD")));
    }

    private static void expect(Function<JsonNode, List<String>> rule, String violation, Consumer<ObjectNode> breakIt) {
        assertEquals(List.of(), rule.apply(compose), "the unbroken compose file already violates the rule");
        ObjectNode copy = compose.deepCopy();
        breakIt.accept(copy);
        List<String> violations = rule.apply(copy);
        assertTrue(
                violations.stream().anyMatch(v -> v.contains(violation)),
                () -> "expected a violation containing \"" + violation + "\", got " + violations);
    }

    private static ObjectNode services(ObjectNode compose) {
        return (ObjectNode) compose.path("services");
    }

    private static ObjectNode service(ObjectNode compose, String name) {
        return (ObjectNode) compose.path("services").path(name);
    }
}
