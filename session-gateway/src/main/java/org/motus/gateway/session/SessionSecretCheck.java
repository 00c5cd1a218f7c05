package org.motus.gateway.session;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production gateway without its own session secret. It seals the login sessions'
 * tokens in the database ({@link LoginSessionTokens}) and encrypts the login's PKCE state cookie.
 * Without one, the tokens would be sealed with a random secret per process and quarkus-oidc would
 * fall back to the client secret for the state cookie, so every restart or second replica would sign
 * everybody out (or fail logins half-way).
 */
@ApplicationScoped
public class SessionSecretCheck {

    static final String PROPERTY = "quarkus.oidc.token-state-manager.encryption-secret";
    static final int MIN_LENGTH = 32;

    void check(@Observes StartupEvent startup, @ConfigProperty(name = PROPERTY) Optional<String> secret) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            requireStrong(secret);
        }
    }

    static void requireStrong(Optional<String> secret) {
        if (secret.map(String::strip).filter(s -> s.length() >= MIN_LENGTH).isEmpty()) {
            throw new IllegalStateException(
                    "Set QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET to a random secret of at least "
                            + MIN_LENGTH
                            + " characters: it seals the sessions' tokens in the database and encrypts the login state cookie ("
                            + PROPERTY + ").");
        }
    }
}
