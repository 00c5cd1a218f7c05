package org.motus.gateway.signalling;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The login sessions that ended, remembered by the gateway itself (SIGNALLING.md "Sign-out and
 * expiry"). quarkus-oidc ends a session Keycloak revoked (back-channel logout) only when that
 * session's cookie comes back while the logout token is still in its cache; the cache is small,
 * per replica, and cleared whole when full, so a revoked session could go on working on another
 * replica or after a dozen other revocations. Every ended session is announced to every replica
 * through the {@link SignalRelay}; each remembers it for {@code motus.gateway.ended-sessions.retention}
 * (longer than a session can live) and {@link EndedSessionGuard} refuses its cookie.
 */
@ApplicationScoped
public class EndedLoginSessions {

    /** Above this many remembered sessions, forgotten ones are swept at the next end. */
    static final int SWEEP_ABOVE = 1_000;

    private final Clock clock;
    private final Duration retention;
    /** sid -> when to forget it. */
    private final Map<String, Instant> sids = new ConcurrentHashMap<>();
    /** subject -> when every session of theirs issued until then ended (a logout token without a sid). */
    private final Map<String, Instant> subjects = new ConcurrentHashMap<>();

    EndedLoginSessions(
            SignalRelay relay,
            Clock clock,
            @ConfigProperty(name = "motus.gateway.ended-sessions.retention", defaultValue = "24H") Duration retention) {
        this.clock = clock;
        this.retention = retention;
        relay.onLoginSession(this::record);
    }

    void record(LoginSessionEvent event) {
        if (!event.isEnd()) {
            return;
        }
        Instant now = clock.instant();
        if (event.sid() != null) {
            sids.put(event.sid(), now.plus(retention));
        } else if (event.subject() != null) {
            subjects.merge(event.subject(), now, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
        }
        if (sids.size() + subjects.size() > SWEEP_ABOVE) {
            sids.values().removeIf(forgetAt -> forgetAt.isBefore(now));
            subjects.values().removeIf(endedAt -> endedAt.plus(retention).isBefore(now));
        }
    }

    /** Whether the browser session behind {@code identity} ended (its ID token's sid, or its subject's sign-out everywhere). */
    public boolean ended(SecurityIdentity identity) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return false;
        }
        String sid = idToken.getClaim("sid");
        if (sid != null) {
            Instant forgetAt = sids.get(sid);
            if (forgetAt != null && forgetAt.isAfter(clock.instant())) {
                return true;
            }
        }
        Instant endedAt = idToken.getSubject() == null ? null : subjects.get(idToken.getSubject());
        return endedAt != null
                && Instant.ofEpochSecond(idToken.getIssuedAtTime()).isBefore(endedAt.plusSeconds(1));
    }

    int remembered() {
        return sids.size() + subjects.size();
    }
}
