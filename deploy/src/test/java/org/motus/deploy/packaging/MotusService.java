package org.motus.deploy.packaging;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every deployment of a Motus service must give it: its port and the environment variables
 * its production profile reads (deploy/README.md, "Production configuration").
 */
enum MotusService {
    PATIENT("patient-service", 8081, List.of()),
    THERAPIST("therapist-service", 8082, List.of("MOTUS_SERVICES_PATIENT_URL")),
    GATEWAY(
            "session-gateway",
            8080,
            List.of(
                    "QUARKUS_OIDC_CLIENT_ID",
                    "QUARKUS_OIDC_CREDENTIALS_SECRET",
                    "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                    "MOTUS_SERVICES_PATIENT_URL",
                    "MOTUS_SERVICES_THERAPIST_URL",
                    "MOTUS_NOTIFIER_CLIENT_SECRET"));

    /** Every service: its own database and the issuer it verifies. */
    static final List<String> COMMON_ENVIRONMENT = List.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "QUARKUS_OIDC_AUTH_SERVER_URL");

    /** Names that hold a secret: their values must come from a Secret / .env, never a literal. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|credential|private.?key).*");

    static final Set<String> NAMES = Set.of("patient-service", "therapist-service", "session-gateway");

    final String module;
    final int port;
    final List<String> ownEnvironment;

    MotusService(String module, int port, List<String> ownEnvironment) {
        this.module = module;
        this.port = port;
        this.ownEnvironment = ownEnvironment;
    }

    List<String> requiredEnvironment() {
        return java.util.stream.Stream.concat(COMMON_ENVIRONMENT.stream(), ownEnvironment.stream())
                .toList();
    }

    static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).matches();
    }
}
