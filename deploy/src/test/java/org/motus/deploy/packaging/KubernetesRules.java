package org.motus.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the rendered Kubernetes manifests must satisfy. Each rule returns the violations it finds
 * (empty: satisfied) so that a test can show it both passing on the real overlays and failing on a
 * deliberately broken copy.
 */
final class KubernetesRules {

    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";
    static final int MIN_WEBSOCKET_TIMEOUT_SECONDS = 3600;

    /** Who may open connections to a service; anything else is a violation. */
    static final Map<String, Set<String>> ALLOWED_CALLERS = Map.of(
            "patient-service", Set.of("session-gateway", "therapist-service"),
            "therapist-service", Set.of("session-gateway"));

    private static final Pattern RELEASE_TAG = Pattern.compile("\\d+(\\.\\d+)+");

    private KubernetesRules() {}

    /** Every rule that holds for any overlay. */
    static List<String> all(Manifests m) {
        List<String> violations = new ArrayList<>();
        violations.addAll(workloads(m));
        violations.addAll(configuration(m));
        violations.addAll(secretsAreOnlyReferenced(m));
        violations.addAll(networkPolicies(m));
        violations.addAll(gatewayAutoscaler(m));
        violations.addAll(ingressPassesWebSockets(m));
        violations.addAll(disruptionBudgets(m));
        violations.addAll(servicesSelectDeployments(m));
        return violations;
    }

    // --- Deployments: probes, resources, non-root and read-only ---

    static List<String> workloads(Manifests m) {
        List<String> violations = new ArrayList<>();
        Set<String> deployed = new TreeSet<>();
        for (JsonNode deployment : m.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            deployed.add(name);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            violations.addAll(hardenedPod("Deployment " + name, pod));
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                violations.add("Deployment " + name
                        + ": automountServiceAccountToken must be false (the services never call the API server)");
            }
            for (JsonNode container : pod.path("containers")) {
                String where = "Deployment " + name + " container "
                        + container.path("name").asText();
                violations.addAll(probe(where, container, "readinessProbe", READY));
                violations.addAll(probe(where, container, "livenessProbe", LIVE));
                violations.addAll(resources(where, container));
                violations.addAll(image(where, container));
                violations.addAll(writableTmp(where, container, pod));
            }
        }
        if (!deployed.containsAll(MotusService.NAMES)) {
            violations.add("Deployments " + deployed + " miss one of " + MotusService.NAMES);
        }
        return violations;
    }

    /** Pod and container security context: the "restricted" Pod Security Standard and a read-only root. */
    static List<String> hardenedPod(String where, JsonNode pod) {
        List<String> violations = new ArrayList<>();
        JsonNode podSecurity = pod.path("securityContext");
        if (pod.path("hostPID").asBoolean() || pod.path("hostIPC").asBoolean()) {
            violations.add(where + ": hostPID/hostIPC");
        }
        for (JsonNode container : pod.path("containers")) {
            String at = where + " container " + container.path("name").asText();
            JsonNode security = container.path("securityContext");
            boolean nonRoot = security.path("runAsNonRoot")
                    .asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false));
            if (!nonRoot) {
                violations.add(at + ": runAsNonRoot must be true");
            }
            if (security.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(-1)) == 0) {
                violations.add(at + ": runs as uid 0");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                violations.add(at + ": allowPrivilegeEscalation must be false");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                violations.add(at + ": readOnlyRootFilesystem must be true");
            }
            if (security.path("privileged").asBoolean(false)) {
                violations.add(at + ": privileged");
            }
            if (!texts(security.path("capabilities").path("drop")).contains("ALL")) {
                violations.add(at + ": capabilities must drop ALL");
            }
            Set<String> added = texts(security.path("capabilities").path("add"));
            added.remove("NET_BIND_SERVICE");
            if (!added.isEmpty()) {
                violations.add(at + ": adds capabilities " + added);
            }
            String seccomp = security.path("seccompProfile")
                    .path("type")
                    .asText(podSecurity.path("seccompProfile").path("type").asText());
            if (!Set.of("RuntimeDefault", "Localhost").contains(seccomp)) {
                violations.add(at + ": seccompProfile must be RuntimeDefault");
            }
        }
        return violations;
    }

    private static List<String> probe(String where, JsonNode container, String kind, String path) {
        JsonNode get = container.path(kind).path("httpGet");
        if (get.isMissingNode()) {
            return List.of(where + ": no " + kind + " (httpGet " + path + ")");
        }
        List<String> violations = new ArrayList<>();
        if (!path.equals(get.path("path").asText())) {
            violations.add(where + ": " + kind + " must GET " + path + ", not "
                    + get.path("path").asText());
        }
        String port = get.path("port").asText();
        boolean known = false;
        for (JsonNode p : container.path("ports")) {
            known |= port.equals(p.path("name").asText())
                    || port.equals(p.path("containerPort").asText());
        }
        if (!known) {
            violations.add(where + ": " + kind + " probes port " + port + ", which the container does not declare");
        }
        return violations;
    }

    private static List<String> resources(String where, JsonNode container) {
        List<String> violations = new ArrayList<>();
        JsonNode resources = container.path("resources");
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (resources.path(bound).path(resource).asText().isBlank()) {
                    violations.add(where + ": no resources." + bound + "." + resource);
                }
            }
        }
        if (violations.isEmpty()) {
            for (String resource : List.of("cpu", "memory")) {
                if (Quantity.parse(resources.path("requests").path(resource).asText())
                        > Quantity.parse(resources.path("limits").path(resource).asText())) {
                    violations.add(where + ": " + resource + " request above its limit");
                }
            }
        }
        return violations;
    }

    private static List<String> image(String where, JsonNode container) {
        String image = container.path("image").asText();
        String tag = imageTag(image);
        if (tag.isEmpty() || tag.equals("latest")) {
            return List.of(where + ": image " + image + " must name a tag or digest, never latest");
        }
        return List.of();
    }

    static String imageTag(String image) {
        int digest = image.indexOf('@');
        if (digest >= 0) {
            return image.substring(digest + 1);
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(colon + 1) : "";
    }

    private static List<String> writableTmp(String where, JsonNode container, JsonNode pod) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
                        return List.of();
                    }
                }
            }
        }
        return List.of(where + ": /tmp must be an emptyDir volume (the root filesystem is read-only)");
    }

    /** Production images are pinned to a release: a version tag (not a snapshot) or a digest. */
    static List<String> imagesPinnedToReleases(Manifests m) {
        List<String> violations = new ArrayList<>();
        for (JsonNode deployment : m.ofKind("Deployment")) {
            for (JsonNode container :
                    deployment.path("spec").path("template").path("spec").path("containers")) {
                String image = container.path("image").asText();
                String tag = imageTag(image);
                boolean pinned = tag.startsWith("sha256:")
                        || (RELEASE_TAG.matcher(tag).find()
                                && !tag.toUpperCase().contains("SNAPSHOT")
                                && !tag.equals("latest"));
                if (!pinned) {
                    violations.add("Deployment " + Manifests.name(deployment) + ": image " + image
                            + " is not pinned to a release");
                }
            }
        }
        return violations;
    }

    // --- Configuration: ConfigMaps for values, Secrets by reference ---

    /** Each service gets every variable it needs, from its env or a ConfigMap that exists. */
    static List<String> configuration(Manifests m) {
        List<String> violations = new ArrayList<>();
        for (MotusService service : MotusService.values()) {
            Optional<JsonNode> deployment = m.find("Deployment", service.module);
            if (deployment.isEmpty()) {
                continue;
            }
            Map<String, String> environment = new java.util.TreeMap<>();
            JsonNode container = deployment
                    .get()
                    .path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .path(0);
            for (JsonNode source : container.path("envFrom")) {
                String name = source.path("configMapRef").path("name").asText();
                if (name.isEmpty()) {
                    continue;
                }
                Optional<JsonNode> configMap = m.find("ConfigMap", name);
                if (configMap.isEmpty()) {
                    violations.add(service.module + ": envFrom ConfigMap " + name + " is not in the manifests");
                    continue;
                }
                configMap
                        .get()
                        .path("data")
                        .fields()
                        .forEachRemaining(
                                e -> environment.put(e.getKey(), e.getValue().asText()));
            }
            for (JsonNode variable : container.path("env")) {
                environment.put(
                        variable.path("name").asText(), variable.path("value").asText(""));
            }
            for (String required : service.requiredEnvironment()) {
                if (!environment.containsKey(required)) {
                    violations.add(service.module + ": nothing sets " + required);
                }
            }
            environment.forEach((name, value) -> {
                if (name.startsWith("MOTUS_SERVICES_") && name.endsWith("_URL")) {
                    violations.addAll(serviceUrlResolves(m, service.module + " " + name, value));
                }
            });
        }
        return violations;
    }

    private static List<String> serviceUrlResolves(Manifests m, String where, String url) {
        URI uri = URI.create(url);
        Optional<JsonNode> target = m.find("Service", uri.getHost());
        if (target.isEmpty()) {
            return List.of(where + "=" + url + ": no Service named " + uri.getHost());
        }
        for (JsonNode port : target.get().path("spec").path("ports")) {
            if (port.path("port").asInt() == uri.getPort()) {
                return List.of();
            }
        }
        return List.of(where + "=" + url + ": Service " + uri.getHost() + " has no port " + uri.getPort());
    }

    /** No Secret carries data, no ConfigMap holds a secret, no secret variable is a literal. */
    static List<String> secretsAreOnlyReferenced(Manifests m) {
        List<String> violations = new ArrayList<>();
        for (JsonNode secret : m.ofKind("Secret")) {
            if (secret.path("data").size() > 0 || secret.path("stringData").size() > 0) {
                violations.add("Secret " + Manifests.name(secret)
                        + " carries literal values: create Secrets outside the repository");
            }
        }
        for (JsonNode configMap : m.ofKind("ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key -> {
                if (MotusService.isSecretName(key)) {
                    violations.add("ConfigMap " + Manifests.name(configMap) + " holds " + key
                            + ": secrets belong in a Secret");
                }
            });
        }
        for (JsonNode workload : workloadsOfAnyKind(m)) {
            for (JsonNode container :
                    workload.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode variable : container.path("env")) {
                    String name = variable.path("name").asText();
                    if (MotusService.isSecretName(name)
                            && !variable.path("valueFrom").has("secretKeyRef")) {
                        violations.add(workload.path("kind").asText() + " " + Manifests.name(workload) + ": " + name
                                + " must come from a Secret (valueFrom.secretKeyRef), not a literal");
                    }
                }
            }
        }
        return violations;
    }

    private static List<JsonNode> workloadsOfAnyKind(Manifests m) {
        List<JsonNode> workloads = new ArrayList<>(m.ofKind("Deployment"));
        workloads.addAll(m.ofKind("DaemonSet"));
        workloads.addAll(m.ofKind("StatefulSet"));
        return workloads;
    }

    // --- Network policies ---

    static List<String> networkPolicies(Manifests m) {
        List<String> violations = new ArrayList<>();
        List<JsonNode> policies = m.ofKind("NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(p -> {
            JsonNode spec = p.path("spec");
            Set<String> types = texts(spec.path("policyTypes"));
            return spec.path("podSelector").isEmpty()
                    && types.contains("Ingress")
                    && types.contains("Egress")
                    && spec.path("ingress").isEmpty()
                    && spec.path("egress").isEmpty();
        });
        if (!defaultDeny) {
            violations.add("no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules)");
        }
        for (JsonNode deployment : m.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            JsonNode labels = podLabels(deployment);
            List<JsonNode> selecting = policies.stream()
                    .filter(p -> selects(p.path("spec").path("podSelector"), labels))
                    .toList();
            List<JsonNode> ingressRules = new ArrayList<>();
            List<JsonNode> egressRules = new ArrayList<>();
            for (JsonNode policy : selecting) {
                policy.path("spec").path("ingress").forEach(ingressRules::add);
                policy.path("spec").path("egress").forEach(egressRules::add);
            }
            if (!allowsEgressOnPort(egressRules, 53)) {
                violations.add(name + ": no egress to DNS (port 53)");
            }
            if (MotusService.NAMES.contains(name)) {
                for (int port : List.of(5432, 443)) {
                    if (!allowsEgressOnPort(egressRules, port)) {
                        violations.add(name + ": no egress to port " + port
                                + (port == 5432 ? " (PostgreSQL)" : " (Keycloak)"));
                    }
                }
            }
            if (ingressRules.isEmpty() && "session-gateway".equals(name)) {
                violations.add("session-gateway: no ingress rule, nothing can reach it");
            }
            for (JsonNode rule : ingressRules) {
                if (rule.path("from").isEmpty()) {
                    violations.add(name + ": an ingress rule without `from` admits every pod and address");
                }
            }
            Set<String> allowed = ALLOWED_CALLERS.get(name);
            if (allowed != null) {
                for (JsonNode rule : ingressRules) {
                    for (JsonNode peer : rule.path("from")) {
                        if (peer.has("namespaceSelector") || peer.has("ipBlock") || !peer.has("podSelector")) {
                            violations.add(name + ": ingress from " + peer + " reaches beyond " + allowed);
                            continue;
                        }
                        for (JsonNode caller : m.ofKind("Deployment")) {
                            String callerName = Manifests.name(caller);
                            if (selects(peer.path("podSelector"), podLabels(caller)) && !allowed.contains(callerName)) {
                                violations.add(
                                        name + ": reachable from " + callerName + "; only " + allowed + " may call it");
                            }
                        }
                    }
                }
            }
        }
        return violations;
    }

    private static JsonNode podLabels(JsonNode workload) {
        return workload.path("spec").path("template").path("metadata").path("labels");
    }

    private static boolean allowsEgressOnPort(List<JsonNode> egressRules, int port) {
        for (JsonNode rule : egressRules) {
            if (rule.path("ports").isEmpty()) {
                return true;
            }
            for (JsonNode p : rule.path("ports")) {
                if (p.path("port").asInt(-1) == port) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A label selector (matchLabels and matchExpressions) against a pod's labels; {} selects all. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        var matchLabels = selector.path("matchLabels").fields();
        while (matchLabels.hasNext()) {
            var entry = matchLabels.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = texts(expression.path("values"));
            boolean has = labels.has(key);
            String value = labels.path(key).asText();
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> has && values.contains(value);
                case "NotIn" -> !has || !values.contains(value);
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // --- Gateway scaling, Ingress, disruption budgets, Services ---

    static List<String> gatewayAutoscaler(Manifests m) {
        List<JsonNode> autoscalers = m.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> "Deployment"
                                .equals(h.path("spec")
                                        .path("scaleTargetRef")
                                        .path("kind")
                                        .asText())
                        && "session-gateway"
                                .equals(h.path("spec")
                                        .path("scaleTargetRef")
                                        .path("name")
                                        .asText()))
                .toList();
        if (autoscalers.size() != 1) {
            return List.of(
                    "expected one HorizontalPodAutoscaler for Deployment session-gateway, found " + autoscalers.size());
        }
        JsonNode spec = autoscalers.get(0).path("spec");
        List<String> violations = new ArrayList<>();
        int min = spec.path("minReplicas").asInt(1);
        int max = spec.path("maxReplicas").asInt(0);
        if (min < 1 || max < min) {
            violations.add("session-gateway autoscaler: minReplicas " + min + ", maxReplicas " + max);
        }
        if (spec.path("metrics").isEmpty()) {
            violations.add("session-gateway autoscaler: no metrics");
        }
        m.find("Deployment", "session-gateway").ifPresent(d -> {
            if (d.path("spec").has("replicas")) {
                violations.add(
                        "Deployment session-gateway sets replicas: the autoscaler owns the count (kubectl apply would reset it)");
            }
        });
        return violations;
    }

    static List<String> ingressPassesWebSockets(Manifests m) {
        List<String> violations = new ArrayList<>();
        List<JsonNode> ingresses = m.ofKind("Ingress");
        if (ingresses.isEmpty()) {
            return List.of("no Ingress for session-gateway");
        }
        for (JsonNode ingress : ingresses) {
            String name = Manifests.name(ingress);
            JsonNode annotations = ingress.path("metadata").path("annotations");
            for (String timeout : List.of(
                    "nginx.ingress.kubernetes.io/proxy-read-timeout",
                    "nginx.ingress.kubernetes.io/proxy-send-timeout")) {
                int seconds = parseIntOr(annotations.path(timeout).asText(), -1);
                if (seconds < MIN_WEBSOCKET_TIMEOUT_SECONDS) {
                    violations.add("Ingress " + name + ": " + timeout + " must be >= " + MIN_WEBSOCKET_TIMEOUT_SECONDS
                            + " s so signalling WebSockets stay open (is "
                            + annotations.path(timeout).asText("unset") + ")");
                }
            }
            if (ingress.path("spec").path("tls").isEmpty()) {
                violations.add("Ingress " + name + ": no TLS");
            }
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    String backend =
                            path.path("backend").path("service").path("name").asText();
                    if (!"session-gateway".equals(backend)) {
                        violations.add("Ingress " + name + ": routes "
                                + path.path("path").asText() + " to " + backend + "; only the gateway is public");
                    }
                }
            }
        }
        return violations;
    }

    static List<String> disruptionBudgets(Manifests m) {
        List<String> violations = new ArrayList<>();
        for (JsonNode deployment : m.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            List<JsonNode> budgets = m.ofKind("PodDisruptionBudget").stream()
                    .filter(b -> selects(b.path("spec").path("selector"), podLabels(deployment)))
                    .toList();
            if (budgets.isEmpty()) {
                violations.add("Deployment " + name + ": no PodDisruptionBudget selects its pods");
            }
            int replicas = deployment.path("spec").path("replicas").asInt(1);
            for (JsonNode budget : budgets) {
                JsonNode minAvailable = budget.path("spec").path("minAvailable");
                if (minAvailable.isInt() && minAvailable.asInt() >= replicas) {
                    violations.add("PodDisruptionBudget " + Manifests.name(budget) + ": minAvailable "
                            + minAvailable.asInt() + " with " + replicas + " replicas blocks every node drain");
                }
            }
        }
        return violations;
    }

    static List<String> servicesSelectDeployments(Manifests m) {
        List<String> violations = new ArrayList<>();
        for (JsonNode deployment : m.ofKind("Deployment")) {
            boolean exposed = m.ofKind("Service").stream()
                    .anyMatch(s -> s.path("spec").path("selector").size() > 0
                            && selects(
                                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                            .objectNode()
                                            .set("matchLabels", s.path("spec").path("selector")),
                                    podLabels(deployment)));
            if (!exposed) {
                violations.add("Deployment " + Manifests.name(deployment) + ": no Service selects its pods");
            }
        }
        return violations;
    }

    // --- coturn (deploy/k8s/coturn) ---

    static List<String> coturn(Manifests m) {
        Optional<JsonNode> daemonSet = m.find("DaemonSet", "coturn");
        if (daemonSet.isEmpty()) {
            return List.of("no DaemonSet coturn");
        }
        List<String> violations = new ArrayList<>();
        JsonNode pod = daemonSet.get().path("spec").path("template").path("spec");
        if (!pod.path("hostNetwork").asBoolean()) {
            violations.add("coturn: hostNetwork must be true (browsers reach the node's own address, no NAT)");
        }
        violations.addAll(hardenedPod("DaemonSet coturn", pod));
        JsonNode container = pod.path("containers").path(0);
        Set<String> args = texts(container.path("args"));
        if (!args.contains("--use-auth-secret")) {
            violations.add("coturn: --use-auth-secret (TURN REST API credentials) missing");
        }
        Optional<String> secretArg =
                args.stream().filter(a -> a.startsWith("--static-auth-secret=")).findFirst();
        if (secretArg.isEmpty()) {
            violations.add("coturn: --static-auth-secret missing");
        } else {
            String value = secretArg.get().substring("--static-auth-secret=".length());
            boolean fromSecret = false;
            for (JsonNode variable : container.path("env")) {
                fromSecret |= value.equals("$(" + variable.path("name").asText() + ")")
                        && variable.path("valueFrom").has("secretKeyRef");
            }
            if (!fromSecret) {
                violations.add("coturn: --static-auth-secret must be $(VAR) of a variable from a Secret, not " + value);
            }
        }
        if (args.stream().noneMatch(a -> a.startsWith("--realm="))) {
            violations.add("coturn: --realm missing");
        }
        if (args.stream().noneMatch(a -> a.startsWith("--min-port="))
                || args.stream().noneMatch(a -> a.startsWith("--max-port="))) {
            violations.add("coturn: relay port range (--min-port/--max-port) missing");
        }
        violations.addAll(resources("DaemonSet coturn", container));
        violations.addAll(image("DaemonSet coturn", container));
        violations.addAll(secretsAreOnlyReferenced(m));
        return violations;
    }

    // --- helpers ---

    static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static int parseIntOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
