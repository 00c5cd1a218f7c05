package org.motus.deploy.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No file that production reads holds a secret-looking literal: a setting named like a password,
 * secret or private key in the services' {@code application.properties} (outside the {@code %dev}
 * and {@code %test} profiles), the compose file, the Kubernetes manifests and the production realm
 * import takes its value from the environment ({@code ${ENV}}), never from the file. A placeholder's
 * default must be empty or another placeholder. Known exceptions are listed with their reason in
 * {@code src/test/resources/secret-allowlist.txt}.
 */
class NoLiteralSecretsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i)(password|passwd|secret|private[-_.]?key|api[-_.]?key|access[-_.]?key|credentials?)$");
    private static final Pattern PROPERTY = Pattern.compile("^\\s*([^#!\\s][^=:\\s]*)\\s*[=:]\\s*(.*?)\\s*$");
    private static final Pattern YAML_ENTRY =
            Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*[:=]\\s*(.*?)\\s*$");
    private static final Pattern JSON_ENTRY = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_.-]*)\"\\s*:\\s*\"([^\"]*)\"");

    record Finding(String file, int line, String name, String value) {
        String key() {
            return file + ":" + name;
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + name + " = " + value;
        }
    }

    /** True for an empty value or one that only refers to the environment/another property. */
    static boolean isPlaceholder(String raw) {
        String value = raw.strip();
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty()) {
            return true;
        }
        if (!value.startsWith("${") || !value.endsWith("}")) {
            return false;
        }
        String inner = value.substring(2, value.length() - 1);
        int colon = inner.indexOf(':');
        if (colon < 0) {
            return !inner.isBlank();
        }
        String fallback = inner.substring(colon + 1);
        if (fallback.startsWith("?")) {
            return true; // compose: ${VAR:?message} refuses to start without VAR
        }
        return isPlaceholder(fallback.startsWith("-") ? fallback.substring(1) : fallback);
    }

    static List<Finding> scan(String file, List<String> lines, Pattern entry, boolean propertiesProfiles) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher matcher = entry.matcher(line);
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = matcher.group(2);
                if (propertiesProfiles && (name.startsWith("%dev.") || name.startsWith("%test."))) {
                    continue;
                }
                String last = name.substring(name.lastIndexOf('.') + 1);
                if (SECRET_NAME.matcher(last).find() && !value.endsWith(":") && !isPlaceholder(value)) {
                    findings.add(new Finding(file, i + 1, name, value));
                }
                if (entry != JSON_ENTRY) {
                    break;
                }
            }
        }
        return findings;
    }

    private static List<Finding> scanFile(Path file, Pattern entry, boolean propertiesProfiles) throws IOException {
        String name = ROOT.relativize(file).toString().replace('\\', '/');
        return scan(name, Files.readAllLines(file), entry, propertiesProfiles);
    }

    private static Set<String> allowList() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/secret-allowlist.txt"))) {
            return lines.map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> {
                        assertTrue(line.contains(" -- "), "an allow-list entry names its reason after ' -- ': " + line);
                        return line.substring(0, line.indexOf(" -- ")).strip();
                    })
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void noFileProductionReadsHoldsASecretLookingLiteral() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (String service : List.of("patient-service", "therapist-service", "session-gateway")) {
            findings.addAll(scanFile(
                    ROOT.resolve(service).resolve("src/main/resources/application.properties"), PROPERTY, true));
        }
        findings.addAll(scanFile(ROOT.resolve("deploy/compose/compose.yaml"), YAML_ENTRY, false));
        try (Stream<Path> manifests = Files.walk(ROOT.resolve("deploy/k8s"))) {
            for (Path manifest : manifests
                    .filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList()) {
                findings.addAll(scanFile(manifest, YAML_ENTRY, false));
            }
        }
        findings.addAll(scanFile(ROOT.resolve("deploy/keycloak/motus-realm.json"), JSON_ENTRY, false));

        Set<String> allowed = allowList();
        List<Finding> unexplained =
                findings.stream().filter(f -> !allowed.contains(f.key())).toList();
        assertEquals(List.of(), unexplained, "take these from the environment (${ENV}) instead");
        Set<String> found = findings.stream().map(Finding::key).collect(Collectors.toSet());
        List<String> stale =
                allowed.stream().filter(key -> !found.contains(key)).sorted().toList();
        assertEquals(List.of(), stale, "allow-list entries that no longer match anything: remove them");
    }

    @Test
    void aLiteralPasswordIsFoundAndAnEnvironmentPlaceholderIsNot() {
        List<Finding> findings = scan(
                "application.properties",
                List.of(
                        "quarkus.datasource.password=hunter2",
                        "quarkus.oidc.credentials.secret=${MOTUS_SECRET}",
                        "motus.turn.secret=${MOTUS_TURN_SECRET:}",
                        "MOTUS_TURN_SECRET=${TURN_SECRET:?set TURN_SECRET}",
                        "SMTP_PASSWORD=${SMTP_PASSWORD:-changeme}",
                        "motus.push.vapid-private-key=${VAPID:literal-default}",
                        "%dev.quarkus.datasource.password=postgres",
                        "%prod.motus.notifier.client-secret=s3cr3t",
                        "quarkus.oidc.token.audience=motus-api"),
                PROPERTY,
                true);

        assertEquals(
                List.of(
                        "quarkus.datasource.password",
                        "SMTP_PASSWORD",
                        "motus.push.vapid-private-key",
                        "%prod.motus.notifier.client-secret"),
                findings.stream().map(Finding::name).toList());
    }

    @Test
    void aYamlOrJsonSecretWithALiteralValueIsFound() {
        assertEquals(
                1,
                scan(
                                "compose.yaml",
                                List.of("      POSTGRES_PASSWORD: postgres", "      PGPASSWORD: ${PGPASSWORD}"),
                                YAML_ENTRY,
                                false)
                        .size());
        assertEquals(
                List.of("secret"),
                scan(
                                "realm.json",
                                List.of("\"clientId\": \"a\", \"secret\": \"abc\", \"password\": \"${X}\""),
                                JSON_ENTRY,
                                false)
                        .stream()
                        .map(Finding::name)
                        .toList());
    }
}
