package org.motus.deploy.assembly;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where one running Motus lives: its ports and its home folder (PostgreSQL data, the unpacked
 * Keycloak with its stored realm, secrets, logs, pid files).
 *
 * <p>{@link #standard} is what {@code ./motus up} uses; {@link #systemTest} is the same layout
 * shifted by {@value #SYSTEM_TEST_PORT_SHIFT} so the system tests can run while Motus runs.
 */
public record Layout(
        Path home,
        int gatewayPort,
        int patientPort,
        int therapistPort,
        int keycloakPort,
        int keycloakManagementPort,
        int postgresPort,
        int smtpPort,
        int mailApiPort) {

    // Keeps every system-test port below 32768, where Linux picks ephemeral source ports: a readiness
    // probe polling a port in that range can connect to itself and then hold the port.
    public static final int SYSTEM_TEST_PORT_SHIFT = 10_000;
    public static final String REALM = "motus";

    public Layout {
        Objects.requireNonNull(home, "home");
        home = home.toAbsolutePath().normalize();
    }

    /**
     * Gateway 8080, patient-service 8081, therapist-service 8082, Keycloak 8180 (health 9180),
     * PostgreSQL 15432, GreenMail's SMTP 3025 (its usual test port) and its mail API 8025.
     */
    public static Layout standard(Path home) {
        return new Layout(home, 8080, 8081, 8082, 8180, 9180, 15432, 3025, 8025);
    }

    /** The standard ports + 10000: 18080, 18081, 18082, 18180, 19180, 25432, 13025, 18025. */
    public static Layout systemTest(Path home) {
        return standard(home).shiftedBy(SYSTEM_TEST_PORT_SHIFT);
    }

    public Layout shiftedBy(int offset) {
        return new Layout(
                home,
                gatewayPort + offset,
                patientPort + offset,
                therapistPort + offset,
                keycloakPort + offset,
                keycloakManagementPort + offset,
                postgresPort + offset,
                smtpPort + offset,
                mailApiPort + offset);
    }

    /** Every port this layout listens on, by what listens there, in start order. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", postgresPort);
        ports.put("SMTP (GreenMail)", smtpPort);
        ports.put("GreenMail mail API", mailApiPort);
        ports.put("Keycloak", keycloakPort);
        ports.put("Keycloak management", keycloakManagementPort);
        ports.put("patient-service", patientPort);
        ports.put("therapist-service", therapistPort);
        ports.put("session-gateway", gatewayPort);
        return ports;
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String patientServiceUrl() {
        return "http://localhost:" + patientPort;
    }

    public String therapistServiceUrl() {
        return "http://localhost:" + therapistPort;
    }

    /** GreenMail's HTTP API: what was sent, per recipient ({@code /api/user/<email>/messages/}). */
    public String mailApiUrl() {
        return "http://localhost:" + mailApiPort;
    }

    /** Keycloak's public URL, pinned with {@code --hostname} so every token's issuer is the same. */
    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    /** The issuer every service verifies (QUARKUS_OIDC_AUTH_SERVER_URL). */
    public String issuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public Path postgresData() {
        return home.resolve("postgres");
    }

    public Path keycloakHome(String keycloakVersion) {
        return home.resolve("keycloak-" + keycloakVersion);
    }

    /** The services' class-data (AppCDS) archives, one per service and build ({@link ClassDataArchive}). */
    public Path classData() {
        return home.resolve("class-data");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path secrets() {
        return home.resolve("secrets");
    }

    /** Pid files of the processes the launcher started, and its ready/failed markers. */
    public Path run() {
        return home.resolve("run");
    }
}
