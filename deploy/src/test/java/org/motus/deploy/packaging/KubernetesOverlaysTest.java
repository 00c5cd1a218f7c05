package org.motus.deploy.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders deploy/k8s/overlays/dev and prod (and the optional coturn kustomization) with
 * {@code kubectl kustomize}, offline, and checks what comes out. {@link KubernetesRulesTest} shows
 * that every rule used here fails on a broken copy.
 */
class KubernetesOverlaysTest {

    static final Path K8S = Path.of("k8s");

    private static Manifests dev;
    private static Manifests prod;
    private static Manifests coturn;

    @BeforeAll
    static void render() {
        dev = Kustomize.render(K8S.resolve("overlays/dev"));
        prod = Kustomize.render(K8S.resolve("overlays/prod"));
        coturn = Kustomize.render(K8S.resolve("coturn"));
    }

    static Manifests rendered(String overlay) {
        return switch (overlay) {
            case "dev" -> dev;
            case "prod" -> prod;
            default -> throw new IllegalArgumentException(overlay);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasProbesLimitsAndARestrictedNonRootReadOnlyPod(String overlay) {
        assertNoViolations(KubernetesRules.workloads(rendered(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceGetsItsConfigurationFromConfigMapsAndItsSecretsByReference(String overlay) {
        assertNoViolations(KubernetesRules.configuration(rendered(overlay)));
        assertNoViolations(KubernetesRules.secretsAreOnlyReferenced(rendered(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesDenyByDefaultAndLetOnlyTheGatewayReachTheServices(String overlay) {
        assertNoViolations(KubernetesRules.networkPolicies(rendered(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayAutoscalesAndItsIngressKeepsWebSocketsOpen(String overlay) {
        assertNoViolations(KubernetesRules.gatewayAutoscaler(rendered(overlay)));
        assertNoViolations(KubernetesRules.ingressPassesWebSockets(rendered(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasADisruptionBudgetAndAService(String overlay) {
        assertNoViolations(KubernetesRules.disruptionBudgets(rendered(overlay)));
        assertNoViolations(KubernetesRules.servicesSelectDeployments(rendered(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everythingLandsInOneNamespaceThatEnforcesTheRestrictedPodSecurityStandard(String overlay) {
        Manifests manifests = rendered(overlay);
        List<JsonNode> namespaces = manifests.ofKind("Namespace");
        assertEquals(1, namespaces.size(), "one Namespace");
        String namespace = Manifests.name(namespaces.get(0));
        assertEquals(
                "restricted",
                namespaces
                        .get(0)
                        .path("metadata")
                        .path("labels")
                        .path("pod-security.kubernetes.io/enforce")
                        .asText());
        for (JsonNode object : manifests.objects()) {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertEquals(
                        namespace,
                        object.path("metadata").path("namespace").asText(),
                        object.path("kind").asText() + " " + Manifests.name(object));
            }
        }
    }

    @Test
    void devRunsOneReplicaOfEverything() {
        assertEquals(
                1,
                dev.get("Deployment", "patient-service")
                        .path("spec")
                        .path("replicas")
                        .asInt());
        assertEquals(
                1,
                dev.get("Deployment", "therapist-service")
                        .path("spec")
                        .path("replicas")
                        .asInt());
        JsonNode autoscaler =
                dev.get("HorizontalPodAutoscaler", "session-gateway").path("spec");
        assertEquals(1, autoscaler.path("minReplicas").asInt());
        assertEquals(1, autoscaler.path("maxReplicas").asInt());
    }

    @Test
    void prodRunsSeveralReplicasWithLargerLimitsAndImagesPinnedToARelease() {
        for (String service : List.of("patient-service", "therapist-service")) {
            assertTrue(
                    prod.get("Deployment", service)
                                    .path("spec")
                                    .path("replicas")
                                    .asInt()
                            >= 2,
                    service + " replicas");
        }
        assertTrue(
                prod.get("HorizontalPodAutoscaler", "session-gateway")
                                .path("spec")
                                .path("minReplicas")
                                .asInt()
                        >= 2,
                "the gateway keeps at least two replicas");
        for (MotusService service : MotusService.values()) {
            for (String resource : List.of("cpu", "memory")) {
                double devLimit = Quantity.parse(limit(dev, service, resource));
                double prodLimit = Quantity.parse(limit(prod, service, resource));
                assertTrue(
                        prodLimit > devLimit,
                        service.module + " " + resource + " limit: prod " + prodLimit + " <= dev " + devLimit);
            }
        }
        assertNoViolations(KubernetesRules.imagesPinnedToReleases(prod));
    }

    @Test
    void prodHandsOutTurnServersSignedWithTheSecretCoturnUses() {
        JsonNode gateway = prod.get("Deployment", "session-gateway").at("/spec/template/spec/containers/0");
        JsonNode gatewaySecret = secretKeyRef(gateway, "MOTUS_TURN_SECRET");
        JsonNode turnServer = coturn.get("DaemonSet", "coturn").at("/spec/template/spec/containers/0");
        assertEquals(
                secretKeyRef(turnServer, "TURN_SECRET"),
                gatewaySecret,
                "the gateway and coturn must read the same Secret and key");
        String config = prod.ofKind("ConfigMap").stream()
                .filter(c -> Manifests.name(c).startsWith("session-gateway-config"))
                .findFirst()
                .orElseThrow()
                .path("data")
                .path("MOTUS_TURN_URLS")
                .asText();
        assertTrue(config.contains("turn:"), "MOTUS_TURN_URLS names a turn: server: " + config);
    }

    @Test
    void coturnRunsOnTheHostNetworkWithSharedSecretAuthentication() {
        assertNoViolations(KubernetesRules.coturn(coturn));
    }

    private static String limit(Manifests manifests, MotusService service, String resource) {
        return manifests
                .get("Deployment", service.module)
                .at("/spec/template/spec/containers/0/resources/limits/" + resource)
                .asText();
    }

    private static JsonNode secretKeyRef(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (variable.equals(env.path("name").asText())) {
                return env.path("valueFrom").path("secretKeyRef");
            }
        }
        throw new AssertionError(variable + " is not set");
    }

    static void assertNoViolations(List<String> violations) {
        assertEquals(List.of(), violations, () -> "violations:\n  " + String.join("\n  ", violations));
    }
}
