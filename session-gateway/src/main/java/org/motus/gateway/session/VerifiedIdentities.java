package org.motus.gateway.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identities quarkus-oidc built for a browser session's exact ID and access tokens, so that the
 * next request with the same two tokens is not verified again (docs/adr/0056). Verifying them is a
 * pure function of the two strings, the realm's keys and the time: two RSA signatures, four JSON
 * parses and a claims check on every /api call, a third of the gateway's CPU in a JFR profile of the
 * hop. Here the time is the only input that changes, so a remembered identity is served only until
 * {@link #refreshSkew} plus a second before the earlier of the two tokens' expiry: from then on
 * quarkus-oidc verifies again and refreshes the tokens as it always did.
 *
 * <p>What this does not change: the tokens still come from the session's row ({@link LoginSessionTokens}),
 * so a session that ended (sign-out, back-channel logout, a deleted row) has no tokens to look up here;
 * different tokens (a refresh, another person, a tampered cookie) are a different key and are verified
 * in full. Bounded: a replica remembers at most {@code motus.login-sessions.verified-identities}.
 */
@ApplicationScoped
public class VerifiedIdentities {

    /** A verified identity, the access token it was verified with, and until when it may be served. */
    record Verified(String accessToken, SecurityIdentity identity, Instant servedUntil) {}

    private final Clock clock;
    private final Duration refreshSkew;
    private final Cache<String, Verified> byIdToken;
    private final LongAdder served = new LongAdder();

    VerifiedIdentities(
            Clock clock,
            @ConfigProperty(name = "quarkus.oidc.token.refresh-token-time-skew") Optional<Duration> refreshSkew,
            @ConfigProperty(name = "motus.login-sessions.verified-identities", defaultValue = "5000") int capacity) {
        this.clock = clock;
        this.refreshSkew = refreshSkew.orElse(Duration.ZERO).plusSeconds(1);
        // An access token lives minutes; an hour bounds what a quiet cache keeps past that.
        this.byIdToken = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(Duration.ofHours(1))
                .build();
    }

    /**
     * Remembers {@code identity}, verified for these two tokens whose expiries are given; an identity
     * that would expire within the refresh skew is not remembered.
     */
    void remember(
            String idToken, String accessToken, SecurityIdentity identity, Instant idExpiry, Instant accessExpiry) {
        Instant servedUntil = (idExpiry.isBefore(accessExpiry) ? idExpiry : accessExpiry).minus(refreshSkew);
        if (clock.instant().isBefore(servedUntil)) {
            byIdToken.put(idToken, new Verified(accessToken, identity, servedUntil));
        }
    }

    /** The identity verified for exactly these two tokens, if it may still be served now. */
    Optional<SecurityIdentity> recall(String idToken, String accessToken) {
        Verified verified = byIdToken.getIfPresent(idToken);
        if (verified == null || !verified.accessToken().equals(accessToken)) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.servedUntil())) {
            byIdToken.invalidate(idToken);
            return Optional.empty();
        }
        served.increment();
        return Optional.of(verified.identity());
    }

    /** How many requests were served a remembered identity since start (tests, diagnostics). */
    long served() {
        return served.sum();
    }
}
