package org.motus.gateway.reminder;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a production gateway without the notifier's client secret: without it no visit
 * reminder ever reaches patient-service (every push would fail at Keycloak), and that should show at
 * start, not as reminders silently queued for ever. The OIDC client reads the secret only when it
 * first asks for a token, so nothing else would stop the start.
 */
@ApplicationScoped
public class NotifierSecretCheck {

    static final String PROPERTY = "motus.notifier.client-secret";

    void check(@Observes StartupEvent startup) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            requirePresent(() -> ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class));
        }
    }

    static void requirePresent(Supplier<Optional<String>> secret) {
        Optional<String> value;
        try {
            value = secret.get();
        } catch (NoSuchElementException unexpandable) {
            // %prod reads ${MOTUS_NOTIFIER_CLIENT_SECRET}: not set at all.
            value = Optional.empty();
        }
        if (value.map(String::strip).filter(s -> !s.isEmpty()).isEmpty()) {
            throw new IllegalStateException(
                    "Set MOTUS_NOTIFIER_CLIENT_SECRET to the secret of the realm's" + " motus-notifier client ("
                            + PROPERTY + "): without it no visit reminder reaches patient-service.");
        }
    }
}
