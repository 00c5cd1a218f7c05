package org.motus.patient.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Keycloak's Admin API and the invitations (prefix {@code motus.accounts}); outside dev and test
 * the service does not start without the URL, the secret and the app URL. The admin client
 * ({@code quarkus.keycloak.admin-client.*}) takes its URL, realm and secret from here.
 */
@ConfigMapping(prefix = "motus.accounts")
public interface AccountsConfig {

    /** Keycloak's base URL, e.g. {@code http://localhost:8180} ({@code MOTUS_ACCOUNTS_KEYCLOAK_URL}). */
    String keycloakUrl();

    /** The secret of the confidential client {@code motus-accounts} ({@code MOTUS_ACCOUNTS_CLIENT_SECRET}). */
    String clientSecret();

    /** The realm the accounts live in. */
    @WithDefault("motus")
    String realm();

    /** The client whose "back to the application" link the emails carry (the gateway's). */
    @WithDefault("motus-gateway")
    String emailClientId();

    /** Where that link goes: the gateway's URL ({@code MOTUS_ACCOUNTS_APP_URL}). */
    String appUrl();

    /** How long an invitation or access-reset link works; Keycloak's email states it. */
    @WithDefault("PT72H")
    Duration invitationLifespan();
}
