package org.motus.deploy.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Kubernetes rule fails when the manifests break: each test renders the real dev overlay,
 * breaks one thing in a copy, and expects the rule to name it. Without these, a rule that never
 * fires would pass {@link KubernetesOverlaysTest} forever.
 */
class KubernetesRulesTest {

    private static Manifests dev;
    private static Manifests prod;
    private static Manifests coturn;

    @BeforeAll
    static void render() {
        dev = Kustomize.render(KubernetesOverlaysTest.K8S.resolve("overlays/dev"));
        prod = Kustomize.render(KubernetesOverlaysTest.K8S.resolve("overlays/prod"));
        coturn = Kustomize.render(KubernetesOverlaysTest.K8S.resolve("coturn"));
    }

    @Test
    void theUnbrokenDevOverlayHasNoViolations() {
        KubernetesOverlaysTest.assertNoViolations(KubernetesRules.all(dev));
    }

    @Test
    void aMissingReadinessProbeIsReported() {
        expect(
                KubernetesRules::workloads,
                "no readinessProbe",
                objects -> container(objects, "patient-service").remove("readinessProbe"));
    }

    @Test
    void aLivenessProbeOnTheWrongPathIsReported() {
        expect(
                KubernetesRules::workloads,
                "livenessProbe must GET /q/health/live",
                objects -> ((ObjectNode) container(objects, "therapist-service").at("/livenessProbe/httpGet"))
                        .put("path", "/q/health/ready"));
    }

    @Test
    void aMissingMemoryLimitIsReported() {
        expect(
                KubernetesRules::workloads,
                "no resources.limits.memory",
                objects ->
                        ((ObjectNode) container(objects, "session-gateway").at("/resources/limits")).remove("memory"));
    }

    @Test
    void aPodThatMayRunAsRootIsReported() {
        expect(KubernetesRules::workloads, "runAsNonRoot must be true", objects -> {
            ((ObjectNode) deployment(objects, "patient-service").at("/spec/template/spec/securityContext"))
                    .remove("runAsNonRoot");
            ((ObjectNode) container(objects, "patient-service").path("securityContext")).remove("runAsNonRoot");
        });
    }

    @Test
    void aWritableRootFilesystemIsReported() {
        expect(
                KubernetesRules::workloads,
                "readOnlyRootFilesystem must be true",
                objects -> ((ObjectNode) container(objects, "session-gateway").path("securityContext"))
                        .put("readOnlyRootFilesystem", false));
    }

    @Test
    void privilegeEscalationIsReported() {
        expect(
                KubernetesRules::workloads,
                "allowPrivilegeEscalation must be false",
                objects -> ((ObjectNode) container(objects, "session-gateway").path("securityContext"))
                        .remove("allowPrivilegeEscalation"));
    }

    @Test
    void keptCapabilitiesAreReported() {
        expect(
                KubernetesRules::workloads,
                "capabilities must drop ALL",
                objects -> ((ObjectNode) container(objects, "therapist-service").path("securityContext"))
                        .remove("capabilities"));
    }

    @Test
    void aMissingTmpVolumeIsReported() {
        expect(
                KubernetesRules::workloads,
                "/tmp must be an emptyDir",
                objects -> ((ObjectNode) deployment(objects, "patient-service").at("/spec/template/spec"))
                        .remove("volumes"));
    }

    @Test
    void aLatestImageIsReported() {
        expect(
                KubernetesRules::workloads,
                "never latest",
                objects -> container(objects, "patient-service").put("image", "motus/patient-service:latest"));
    }

    @Test
    void aSnapshotImageIsNotAProductionRelease() {
        expect(
                prod,
                KubernetesRules::imagesPinnedToReleases,
                "is not pinned to a release",
                objects -> container(objects, "therapist-service")
                        .put("image", "registry.example.org/motus/therapist-service:0.1.0-SNAPSHOT"));
    }

    @Test
    void aLiteralSecretInTheEnvironmentIsReported() {
        expect(
                KubernetesRules::secretsAreOnlyReferenced,
                "QUARKUS_DATASOURCE_PASSWORD must come from a Secret",
                objects -> {
                    for (JsonNode env : container(objects, "patient-service").path("env")) {
                        if ("QUARKUS_DATASOURCE_PASSWORD"
                                .equals(env.path("name").asText())) {
                            ((ObjectNode) env).remove("valueFrom");
                            ((ObjectNode) env).put("value", "hunter2");
                        }
                    }
                });
    }

    @Test
    void aSecretManifestWithDataIsReported() {
        expect(KubernetesRules::secretsAreOnlyReferenced, "carries literal values", objects -> {
            ObjectNode secret = objects.get(0).deepCopy();
            secret.removeAll();
            secret.put("apiVersion", "v1").put("kind", "Secret");
            secret.putObject("metadata").put("name", "motus-gateway-oidc");
            secret.putObject("stringData").put("client-secret", "not-so-secret");
            objects.add(secret);
        });
    }

    @Test
    void aSecretInAConfigMapIsReported() {
        expect(
                KubernetesRules::secretsAreOnlyReferenced,
                "holds QUARKUS_OIDC_CREDENTIALS_SECRET",
                objects -> ((ObjectNode)
                                configMap(objects, "session-gateway-config").path("data"))
                        .put("QUARKUS_OIDC_CREDENTIALS_SECRET", "x"));
    }

    @Test
    void aServiceWithoutItsDatabaseUrlIsReported() {
        expect(
                KubernetesRules::configuration,
                "therapist-service: nothing sets QUARKUS_DATASOURCE_JDBC_URL",
                objects -> ((ObjectNode)
                                configMap(objects, "therapist-service-config").path("data"))
                        .remove("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    @Test
    void aServiceUrlThatNamesNoServiceIsReported() {
        expect(
                KubernetesRules::configuration,
                "no Service named patient",
                objects -> ((ObjectNode)
                                configMap(objects, "session-gateway-config").path("data"))
                        .put("MOTUS_SERVICES_PATIENT_URL", "http://patient:8081"));
    }

    @Test
    void noDefaultDenyIsReported() {
        expect(
                KubernetesRules::networkPolicies,
                "no default-deny NetworkPolicy",
                objects -> objects.remove(object(objects, "NetworkPolicy", "default-deny-all")));
    }

    @Test
    void aServiceOpenToAnotherNamespaceIsReported() {
        expect(KubernetesRules::networkPolicies, "patient-service: ingress from", objects -> {
            ObjectNode peer = ((ArrayNode)
                            object(objects, "NetworkPolicy", "patient-service").at("/spec/ingress/0/from"))
                    .addObject();
            peer.putObject("namespaceSelector")
                    .putObject("matchLabels")
                    .put("kubernetes.io/metadata.name", "ingress-nginx");
        });
    }

    @Test
    void aServiceReachableFromTheWrongPodIsReported() {
        expect(KubernetesRules::networkPolicies, "therapist-service: reachable from patient-service", objects -> {
            ObjectNode peer = ((ArrayNode) object(objects, "NetworkPolicy", "therapist-service")
                            .at("/spec/ingress/0/from"))
                    .addObject();
            peer.putObject("podSelector").putObject("matchLabels").put("app.kubernetes.io/name", "patient-service");
        });
    }

    @Test
    void anIngressRuleWithoutFromIsReported() {
        expect(
                KubernetesRules::networkPolicies,
                "admits every pod and address",
                objects -> ((ObjectNode) object(objects, "NetworkPolicy", "therapist-service")
                                .at("/spec/ingress/0"))
                        .remove("from"));
    }

    @Test
    void noDnsEgressIsReported() {
        expect(
                KubernetesRules::networkPolicies,
                "no egress to DNS",
                objects -> objects.remove(object(objects, "NetworkPolicy", "allow-dns-egress")));
    }

    @Test
    void noDatabaseEgressIsReported() {
        expect(
                KubernetesRules::networkPolicies,
                "no egress to port 5432",
                objects -> ((ArrayNode) object(objects, "NetworkPolicy", "allow-database-and-keycloak-egress")
                                .at("/spec/egress"))
                        .remove(0));
    }

    @Test
    void aGatewayWithoutAutoscalerIsReported() {
        expect(
                KubernetesRules::gatewayAutoscaler,
                "expected one HorizontalPodAutoscaler",
                objects -> objects.remove(object(objects, "HorizontalPodAutoscaler", "session-gateway")));
    }

    @Test
    void anAutoscalerFightingAFixedReplicaCountIsReported() {
        expect(
                KubernetesRules::gatewayAutoscaler,
                "the autoscaler owns the count",
                objects -> ((ObjectNode) deployment(objects, "session-gateway").path("spec")).put("replicas", 2));
    }

    @Test
    void anIngressThatWouldCutIdleWebSocketsIsReported() {
        expect(
                KubernetesRules::ingressPassesWebSockets,
                "proxy-read-timeout must be >= 3600",
                objects -> ((ObjectNode)
                                object(objects, "Ingress", "session-gateway").at("/metadata/annotations"))
                        .put("nginx.ingress.kubernetes.io/proxy-read-timeout", "60"));
    }

    @Test
    void anIngressToAnInternalServiceIsReported() {
        expect(
                KubernetesRules::ingressPassesWebSockets,
                "only the gateway is public",
                objects -> ((ObjectNode) object(objects, "Ingress", "session-gateway")
                                .at("/spec/rules/0/http/paths/0/backend/service"))
                        .put("name", "patient-service"));
    }

    @Test
    void aDeploymentWithoutDisruptionBudgetIsReported() {
        expect(
                KubernetesRules::disruptionBudgets,
                "therapist-service: no PodDisruptionBudget",
                objects -> objects.remove(object(objects, "PodDisruptionBudget", "therapist-service")));
    }

    @Test
    void aDisruptionBudgetThatBlocksDrainsIsReported() {
        expect(KubernetesRules::disruptionBudgets, "blocks every node drain", objects -> {
            ObjectNode spec = (ObjectNode)
                    object(objects, "PodDisruptionBudget", "patient-service").path("spec");
            spec.remove("maxUnavailable");
            spec.put("minAvailable", 1);
        });
    }

    @Test
    void aDeploymentWithoutServiceIsReported() {
        expect(
                KubernetesRules::servicesSelectDeployments,
                "patient-service: no Service",
                objects -> objects.remove(object(objects, "Service", "patient-service")));
    }

    @Test
    void coturnOffTheHostNetworkOrWithALiteralSecretIsReported() {
        expect(
                coturn,
                KubernetesRules::coturn,
                "hostNetwork must be true",
                objects -> ((ObjectNode) object(objects, "DaemonSet", "coturn").at("/spec/template/spec"))
                        .put("hostNetwork", false));
        expect(coturn, KubernetesRules::coturn, "--static-auth-secret must be $(VAR)", objects -> {
            ArrayNode args =
                    (ArrayNode) object(objects, "DaemonSet", "coturn").at("/spec/template/spec/containers/0/args");
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).asText().startsWith("--static-auth-secret=")) {
                    args.set(i, args.textNode("--static-auth-secret=hunter2"));
                }
            }
        });
    }

    // --- breaking a copy ---

    private static void expect(
            Function<Manifests, List<String>> rule, String violation, Consumer<List<JsonNode>> breakIt) {
        expect(dev, rule, violation, breakIt);
    }

    private static void expect(
            Manifests original,
            Function<Manifests, List<String>> rule,
            String violation,
            Consumer<List<JsonNode>> breakIt) {
        assertEquals(List.of(), rule.apply(original), "the unbroken manifests already violate the rule");
        List<JsonNode> objects = new ArrayList<>(original.copy().objects());
        breakIt.accept(objects);
        List<String> violations = rule.apply(new Manifests(objects));
        assertTrue(
                violations.stream().anyMatch(v -> v.contains(violation)),
                () -> "expected a violation containing \"" + violation + "\", got " + violations);
    }

    private static JsonNode object(List<JsonNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()) && name.equals(Manifests.name(o)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static JsonNode deployment(List<JsonNode> objects, String name) {
        return object(objects, "Deployment", name);
    }

    private static ObjectNode container(List<JsonNode> objects, String deployment) {
        return (ObjectNode) deployment(objects, deployment).at("/spec/template/spec/containers/0");
    }

    /** ConfigMaps carry a content hash in their rendered name. */
    private static JsonNode configMap(List<JsonNode> objects, String name) {
        return objects.stream()
                .filter(o -> "ConfigMap".equals(o.path("kind").asText())
                        && Manifests.name(o).startsWith(name + "-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }
}
