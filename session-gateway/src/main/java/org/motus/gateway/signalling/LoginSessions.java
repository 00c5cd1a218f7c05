package org.motus.gateway.signalling;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.oidc.runtime.TokenVerificationResult;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.motus.gateway.session.LoginSessionTokens;

/**
 * Ties signalling sockets to the login session they were opened under (SIGNALLING.md, "Sign-out
 * and expiry"). quarkus-oidc reports what happens to login sessions as {@link SecurityEvent}s:
 * <ul>
 * <li>sign-out through the gateway ({@code /logout}, RP-initiated): the session ends;</li>
 * <li>Keycloak revoked it (an admin, the account console, a sign-out elsewhere): Keycloak posts a
 * logout token to {@code quarkus.oidc.logout.backchannel.path}, which quarkus-oidc has verified
 * (signature, issuer, audience, events claim) before it reports it: the session named by its
 * {@code sid} (or, without one, every session of its {@code sub}) ends;</li>
 * <li>the session's tokens were refreshed: its cookie now expires later.</li>
 * </ul>
 * Each is {@link SignalRelay#announce announced} to every replica, where {@link SignallingSocket}
 * closes or extends the matching sockets.
 */
@ApplicationScoped
class LoginSessions {

    private static final Logger LOG = Logger.getLogger(LoginSessions.class);
    /** The event property quarkus-oidc puts the back-channel logout token in. */
    static final String LOGOUT_TOKEN = "logout_token";

    private final SignalRelay relay;
    private final LoginSessionTokens tokens;
    private final Duration sessionAgeExtension;

    LoginSessions(
            SignalRelay relay,
            LoginSessionTokens tokens,
            @ConfigProperty(name = "quarkus.oidc.authentication.session-age-extension", defaultValue = "5M")
                    Duration sessionAgeExtension) {
        this.relay = relay;
        this.tokens = tokens;
        this.sessionAgeExtension = sessionAgeExtension;
        // Every replica hears of every ended session: it forgets the tokens it remembered of it.
        relay.onLoginSession(event -> {
            if (event.isEnd()) {
                tokens.forget(event.sid(), event.subject());
            }
        });
    }

    /**
     * The login session of a signed-in caller; null if the identity carries no ID token (not a
     * browser session). The cookie's expiry is quarkus-oidc's: the ID token's plus the session age extension.
     */
    LoginSession of(SecurityIdentity identity) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return null;
        }
        long exp = idToken.getExpirationTime();
        if (exp <= 0) {
            return null;
        }
        return new LoginSession(
                idToken.getClaim("sid"),
                idToken.getSubject(),
                Instant.ofEpochSecond(exp).plus(sessionAgeExtension));
    }

    /** Made at start, so that its subscription (the constructor) hears every ended session from the first. */
    void subscribeAtStart(@Observes StartupEvent started) {
        // nothing else to do: observing the event creates the bean
    }

    void on(@Observes SecurityEvent event) {
        switch (event.getEventType()) {
            case OIDC_LOGOUT_RP_INITIATED, OIDC_LOGOUT_RP_INITIATED_SESSION_EXPIRED -> {
                LoginSession session = of(event.getSecurityIdentity());
                if (session != null) {
                    relay.announce(LoginSessionEvent.ended(session.sid(), session.subject()));
                }
            }
            case OIDC_BACKCHANNEL_LOGOUT_INITIATED -> {
                LoginSessionEvent ended =
                        fromLogoutToken(event.getEventProperties().get(LOGOUT_TOKEN));
                if (ended != null) {
                    LOG.infof(
                            "Keycloak ended login session %s (back-channel logout): closing its signalling sockets",
                            ended.sid());
                    relay.announce(ended);
                    forgetTokens(ended);
                }
            }
            case OIDC_SESSION_REFRESHED, OIDC_SESSION_EXPIRED_AND_REFRESHED -> {
                LoginSession session = of(event.getSecurityIdentity());
                if (session != null) {
                    relay.announce(LoginSessionEvent.refreshed(session.sid(), session.subject(), session.expires()));
                }
            }
            default -> {}
        }
    }

    /**
     * The ended session's tokens leave the shared database (every replica reads the same rows), so its
     * cookie stops working everywhere, also on pages that {@link EndedSessionGuard} does not guard.
     */
    private void forgetTokens(LoginSessionEvent ended) {
        Runnable forget = () -> tokens.endSessions(ended.sid(), ended.subject());
        if (BlockingOperationControl.isBlockingAllowed()) {
            forget.run();
        } else {
            Infrastructure.getDefaultWorkerPool().execute(forget);
        }
    }

    /**
     * The session a verified back-channel logout token names; null if it names none. quarkus-oidc
     * (3.33) reports the token as its {@code TokenVerificationResult}, whose claims field is
     * package-private: it is read through a method handle looked up once ({@link #CLAIMS}). Should a
     * Quarkus upgrade change that, the back-channel test of {@code LoginSessionEndsSocketsTest} fails
     * (a plain encoded token, as earlier versions might report it, is read too).
     */
    static LoginSessionEvent fromLogoutToken(Object token) {
        JsonObject claims = claimsOf(token);
        if (claims == null) {
            LOG.warnf(
                    "A back-channel logout could not be read (%s): its signalling sockets stay open until they expire",
                    token == null ? "no token" : token.getClass().getName());
            return null;
        }
        String sid = claims.getString("sid");
        String subject = claims.getString("sub");
        if (sid == null && subject == null) {
            return null;
        }
        return LoginSessionEvent.ended(sid, subject);
    }

    private static JsonObject claimsOf(Object token) {
        try {
            if (token instanceof TokenVerificationResult verified && CLAIMS != null) {
                return (JsonObject) CLAIMS.invokeExact(verified);
            }
            if (token instanceof String jwt && jwt.split("\\.").length >= 2) {
                return new JsonObject(
                        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
            }
        } catch (Throwable e) {
            LOG.debugf("Logout token claims unreadable: %s", e.toString());
        }
        return null;
    }

    /** {@code TokenVerificationResult#localVerificationResult}, or null if this Quarkus version has no such field. */
    static final MethodHandle CLAIMS = claimsGetter();

    private static MethodHandle claimsGetter() {
        try {
            return MethodHandles.privateLookupIn(TokenVerificationResult.class, MethodHandles.lookup())
                    .findGetter(TokenVerificationResult.class, "localVerificationResult", JsonObject.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Back-channel logout cannot close signalling sockets: %s", e.toString());
            return null;
        }
    }
}
