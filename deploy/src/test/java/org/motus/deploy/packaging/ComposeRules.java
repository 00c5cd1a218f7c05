package org.motus.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What deploy/compose/compose.yaml must satisfy. Like {@link KubernetesRules}, each rule returns
 * its violations so that tests can show it failing on a broken copy.
 */
final class ComposeRules {

    static final Set<String> SERVICES = Set.of(
            "postgres", "keycloak", "redis", "coturn", "patient-service", "therapist-service", "session-gateway");

    /** ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}. */
    static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    /** A value that is nothing but a required variable: no default that could hold a secret. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?\\?[^}]*)?}");

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)+");
    /** What .env.example holds for every secret: a placeholder, never a value. */
    static final String PLACEHOLDER = "CHANGE-ME";

    private ComposeRules() {}

    static List<String> all(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        violations.addAll(services(compose));
        violations.addAll(healthchecks(compose));
        violations.addAll(dependencies(compose));
        violations.addAll(keycloakInProductionMode(compose));
        violations.addAll(coturn(compose));
        violations.addAll(secretsOnlyFromEnvironment(compose));
        violations.addAll(serviceEnvironment(compose));
        violations.addAll(imagesPinned(compose));
        return violations;
    }

    static List<String> services(JsonNode compose) {
        Set<String> names = new TreeSet<>();
        compose.path("services").fieldNames().forEachRemaining(names::add);
        return names.equals(new TreeSet<>(SERVICES))
                ? List.of()
                : List.of("services are " + names + ", expected " + new TreeSet<>(SERVICES));
    }

    static List<String> healthchecks(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(service -> {
            JsonNode check = service.getValue().path("healthcheck");
            JsonNode test = check.path("test");
            boolean absent = test.isMissingNode()
                    || test.isNull()
                    || (test.isArray()
                            && (test.size() == 0 || "NONE".equals(test.get(0).asText())))
                    || (test.isTextual() && test.asText().isBlank());
            if (absent || check.path("disable").asBoolean(false)) {
                violations.add(service.getKey() + ": no healthcheck");
            }
        });
        return violations;
    }

    /** Start order waits for health, not for "started": every depends_on says service_healthy. */
    static List<String> dependencies(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(service -> {
            JsonNode dependsOn = service.getValue().path("depends_on");
            if (dependsOn.isArray()) {
                violations.add(service.getKey()
                        + ": depends_on as a list waits only for start; use condition: service_healthy");
                return;
            }
            dependsOn.fields().forEachRemaining(dependency -> {
                if (!"service_healthy"
                        .equals(dependency.getValue().path("condition").asText())) {
                    violations.add(
                            service.getKey() + " -> " + dependency.getKey() + ": condition must be service_healthy");
                }
            });
        });
        Map<String, Set<String>> required = Map.of(
                "keycloak", Set.of("postgres"),
                "patient-service", Set.of("postgres", "keycloak"),
                "therapist-service", Set.of("postgres", "keycloak", "patient-service"),
                "session-gateway", Set.of("postgres", "keycloak", "redis", "patient-service", "therapist-service"));
        required.forEach((service, needs) -> {
            Set<String> has = new TreeSet<>();
            compose.path("services")
                    .path(service)
                    .path("depends_on")
                    .fieldNames()
                    .forEachRemaining(has::add);
            if (!has.containsAll(needs)) {
                violations.add(service + ": depends_on " + has + " misses some of " + new TreeSet<>(needs));
            }
        });
        return violations;
    }

    static List<String> keycloakInProductionMode(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        JsonNode keycloak = compose.path("services").path("keycloak");
        List<String> command = strings(keycloak.path("command"));
        if (!command.contains("start") || command.contains("start-dev")) {
            violations.add("keycloak: command must be `start` (production mode), is " + command);
        }
        if (!command.contains("--import-realm")) {
            violations.add("keycloak: --import-realm missing");
        }
        Map<String, String> env = environment(keycloak);
        if (!"postgres".equals(env.get("KC_DB"))) {
            violations.add("keycloak: KC_DB must be postgres (its own database), is " + env.get("KC_DB"));
        }
        if (env.getOrDefault("KC_HOSTNAME", "").isBlank()) {
            violations.add("keycloak: KC_HOSTNAME (the issuer) missing");
        }
        if (!"true".equals(env.get("KC_HEALTH_ENABLED"))) {
            violations.add("keycloak: KC_HEALTH_ENABLED must be true");
        }
        boolean realmMounted = strings(keycloak.path("volumes")).stream()
                .anyMatch(v -> v.startsWith("../keycloak/motus-realm.json:/opt/keycloak/data/import/"));
        if (!realmMounted) {
            violations.add("keycloak: deploy/keycloak/motus-realm.json is not mounted into /opt/keycloak/data/import/");
        }
        return violations;
    }

    static List<String> coturn(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        JsonNode coturn = compose.path("services").path("coturn");
        List<String> command = strings(coturn.path("command"));
        if (!command.contains("--use-auth-secret")) {
            violations.add("coturn: --use-auth-secret missing");
        }
        for (String option : List.of("--static-auth-secret=", "--realm=", "--min-port=", "--max-port=")) {
            if (command.stream().noneMatch(a -> a.startsWith(option))) {
                violations.add("coturn: " + option + " missing");
            }
        }
        boolean relayRange = strings(coturn.path("ports")).stream().anyMatch(p -> p.matches("\\d+-\\d+:\\d+-\\d+/udp"));
        if (!relayRange && !"host".equals(coturn.path("network_mode").asText())) {
            violations.add("coturn: publishes no relay port range (or use network_mode: host)");
        }
        String gatewaySecret =
                environment(compose.path("services").path("session-gateway")).getOrDefault("MOTUS_TURN_SECRET", "");
        String coturnSecret = environment(coturn).getOrDefault("TURN_SECRET", "");
        if (gatewaySecret.isEmpty() || !gatewaySecret.equals(coturnSecret)) {
            violations.add("coturn's TURN_SECRET (" + coturnSecret + ") and the gateway's MOTUS_TURN_SECRET ("
                    + gatewaySecret + ") must be the same .env variable");
        }
        return violations;
    }

    /** Secret-named variables and options take their value from .env, never from the file itself. */
    static List<String> secretsOnlyFromEnvironment(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(service -> {
            environment(service.getValue()).forEach((name, value) -> {
                if (MotusService.isSecretName(name)
                        && !REQUIRED_VARIABLE.matcher(value).matches()) {
                    violations.add(service.getKey() + ": " + name + " must be ${VAR:?...} from .env, not " + value);
                }
            });
            for (String argument : strings(service.getValue().path("command"))) {
                int equals = argument.indexOf('=');
                if (argument.startsWith("--")
                        && equals > 0
                        && MotusService.isSecretName(argument.substring(0, equals))
                        && !argument.substring(equals + 1).startsWith("$")) {
                    violations.add(service.getKey() + ": option " + argument.substring(0, equals) + " holds a literal");
                }
            }
        });
        return violations;
    }

    static List<String> serviceEnvironment(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        for (MotusService service : MotusService.values()) {
            JsonNode definition = compose.path("services").path(service.module);
            Map<String, String> env = environment(definition);
            for (String required : service.requiredEnvironment()) {
                if (!env.containsKey(required)) {
                    violations.add(service.module + ": " + required + " not set");
                }
            }
            JsonNode build = definition.path("build");
            if (!build.path("dockerfile").asText().equals("deploy/images/Dockerfile")) {
                violations.add(service.module
                        + ": build.dockerfile must be deploy/images/Dockerfile (the one Dockerfile of every service)");
            }
            if (!build.path("args").path("SERVICE").asText().equals(service.module)) {
                violations.add(service.module + ": build.args.SERVICE must be " + service.module);
            }
            if (!build.path("args").path("PORT").asText().equals(String.valueOf(service.port))) {
                violations.add(service.module + ": build.args.PORT must be " + service.port);
            }
        }
        return violations;
    }

    static List<String> imagesPinned(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(service -> {
            String image = withDefaults(service.getValue().path("image").asText());
            String tag = KubernetesRules.imageTag(image);
            if (tag.equals("latest") || !(VERSION.matcher(tag).find() || tag.startsWith("sha256:"))) {
                violations.add(service.getKey() + ": image " + image + " is not pinned to a version");
            }
        });
        return violations;
    }

    /**
     * .env.example defines every variable the file interpolates (a copied example starts), and holds
     * only placeholders for secrets.
     */
    static List<String> environmentExample(String composeText, Map<String, String> example) {
        List<String> violations = new ArrayList<>();
        // Compose interpolates values, not comments; $$ is a literal dollar.
        String values = composeText
                .lines()
                .filter(l -> !l.strip().startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n"))
                .replace("$$", "");
        Matcher m = INTERPOLATION.matcher(values);
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        for (String variable : used) {
            if (!example.containsKey(variable)) {
                violations.add(".env.example lacks " + variable + ", which compose.yaml uses");
            }
        }
        example.forEach((name, value) -> {
            if (MotusService.isSecretName(name) && !PLACEHOLDER.equals(value)) {
                violations.add(".env.example: " + name + " must be the placeholder " + PLACEHOLDER + ", not a value");
            }
            if (!used.contains(name)) {
                violations.add(".env.example: " + name + " is not used by compose.yaml");
            }
        });
        return violations;
    }

    static Map<String, String> parseEnvFile(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            variables.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
        }
        return variables;
    }

    /** A service's environment as a map, from the map or the list ("K=V") form. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isArray()) {
            for (JsonNode entry : environment) {
                String text = entry.asText();
                int equals = text.indexOf('=');
                env.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
        } else {
            environment
                    .fields()
                    .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else if (node.isTextual()) {
            values.addAll(List.of(node.asText().trim().split("\\s+")));
        }
        return values;
    }

    /** Resolves ${VAR:-default} to its default, as compose would without a .env value. */
    private static String withDefaults(String text) {
        Matcher m = INTERPOLATION.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(2) != null && m.group(2).endsWith("-") ? m.group(3) : "";
            m.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(resolved);
        return resolved.toString();
    }
}
