package org.motus.gateway.session;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production gateway without its OIDC client secret: without it no login can
 * finish (Keycloak refuses the code exchange), and that should show at start, not at the first login.
 */
@ApplicationScoped
public class ClientSecretCheck {

    static final String PROPERTY = "quarkus.oidc.credentials.secret";

    void check(@Observes StartupEvent startup, @ConfigProperty(name = PROPERTY) Optional<String> secret) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            requirePresent(secret);
        }
    }

    static void requirePresent(Optional<String> secret) {
        if (secret.map(String::strip).filter(s -> !s.isEmpty()).isEmpty()) {
            throw new IllegalStateException(
                    "Set QUARKUS_OIDC_CREDENTIALS_SECRET to the secret of the realm's motus-gateway client (" + PROPERTY
                            + "): without it nobody can sign in.");
        }
    }
}
