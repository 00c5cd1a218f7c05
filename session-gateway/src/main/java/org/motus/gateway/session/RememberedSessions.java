package org.motus.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The identity of a browser session that this replica both confirmed lately (its row, within
 * {@code motus.login-sessions.recheck-after}: {@link LoginSessionTokens}) and verified lately (its exact
 * ID and access tokens, not yet within the refresh skew of their expiry: {@link VerifiedIdentities}).
 * Read from memory only: no database, no signature, no refresh. Whatever else (no cookie, two session
 * cookies, a reference this replica does not know or must read again, tokens about to be refreshed)
 * has no remembered identity, and the request takes quarkus-oidc's way, which decides as it always did.
 */
@ApplicationScoped
public class RememberedSessions {

    private final LoginSessionTokens tokens;
    private final VerifiedIdentities verified;

    RememberedSessions(LoginSessionTokens tokens, VerifiedIdentities verified) {
        this.tokens = tokens;
        this.verified = verified;
    }

    /** The remembered identity behind this request's session cookie, if there is exactly one such cookie. */
    public Optional<SecurityIdentity> identityOf(HttpServerRequest request) {
        // Vert.x keeps one cookie of a name; a request that names the session twice is left to quarkus-oidc.
        if (sessionCookiesNamed(request) != 1) {
            return Optional.empty();
        }
        Cookie session = request.getCookie(LoginSessionTokens.SESSION_COOKIE);
        if (session == null) {
            return Optional.empty();
        }
        Optional<AuthorizationCodeTokens> confirmed = tokens.confirmed(session.getValue());
        if (confirmed.isEmpty()
                || confirmed.get().getIdToken() == null
                || confirmed.get().getAccessToken() == null) {
            return Optional.empty();
        }
        return verified.recall(confirmed.get().getIdToken(), confirmed.get().getAccessToken());
    }

    /** How many cookies named {@code q_session} the request's Cookie headers carry. */
    static int sessionCookiesNamed(HttpServerRequest request) {
        int named = 0;
        for (String header : request.headers().getAll(HttpHeaders.COOKIE)) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                String name = (equals < 0 ? pair : pair.substring(0, equals)).strip();
                if (name.equals(LoginSessionTokens.SESSION_COOKIE)) {
                    named++;
                }
            }
        }
        return named;
    }
}
