package org.motus.gateway.signalling;

import java.time.Instant;

/**
 * The login session a signalling socket was opened under: Keycloak's session id ({@code sid} of the
 * ID token; null if the provider sent none), the user ({@code sub}), and when the gateway's session
 * cookie expires (the ID token's expiry plus {@code quarkus.oidc.authentication.session-age-extension}).
 */
public record LoginSession(String sid, String subject, Instant expires) {

    /** Whether an end or a refresh of a login session concerns this one. */
    boolean matches(LoginSessionEvent event) {
        if (event.sid() != null) {
            return event.sid().equals(sid);
        }
        return event.subject() != null && event.subject().equals(subject);
    }
}
