package org.motus.bearer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identities quarkus-oidc built for exact bearer tokens, so that the next request with the very same
 * token is not verified again (docs/adr/0057). Verifying a bearer token is a pure function of the token
 * string, the realm's keys and the time: an RSA signature, base64 and JSON parses and a claims check, 12 %
 * of patient-service's CPU in a JFR profile of check-in ingest. The time is the only input that changes,
 * so a remembered identity is served only until {@link #margin} before the token's {@code exp} (and before
 * {@code iat} plus {@code quarkus.oidc.token.age}, where that is set); from then on quarkus-oidc verifies
 * the token itself, and refuses it once it has expired, exactly as without this memory.
 *
 * <p>The key is the whole token string: another person's token, a refreshed one or a tampered one is
 * another key and goes to quarkus-oidc. A token that failed verification never gets here (there is no
 * identity to remember). Bounded: a replica remembers at most {@code motus.bearer-tokens.verified-identities}
 * tokens (0 turns the memory off).
 */
@ApplicationScoped
public class VerifiedBearerTokens {

    static final String CAPACITY = "motus.bearer-tokens.verified-identities";

    /** A verified identity and until when it may be served. */
    record Verified(SecurityIdentity identity, Instant servedUntil) {}

    private final Clock clock;
    private final Duration margin;
    private final Optional<Duration> maximumAge;
    private final boolean enabled;
    private final Cache<String, Verified> byToken;
    private final LongAdder served = new LongAdder();
    private final LongAdder remembered = new LongAdder();

    VerifiedBearerTokens(
            Clock clock,
            @ConfigProperty(name = "motus.bearer-tokens.expiry-margin", defaultValue = "30S") Duration margin,
            @ConfigProperty(name = "quarkus.oidc.token.age") Optional<Duration> maximumAge,
            @ConfigProperty(name = CAPACITY, defaultValue = "10000") int capacity) {
        if (margin.isNegative()) {
            throw new IllegalArgumentException("motus.bearer-tokens.expiry-margin must not be negative: " + margin);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException(CAPACITY + " must not be negative: " + capacity);
        }
        this.clock = clock;
        this.margin = margin;
        this.maximumAge = maximumAge;
        this.enabled = capacity > 0;
        this.byToken = Caffeine.newBuilder()
                .maximumSize(capacity)
                // Evictions run on the writing thread: no pool task per request, and a bound a test sees at once.
                .executor(Runnable::run)
                // Let the cache drop an entry around the time it may no longer be served (recall checks anyway).
                .expireAfter(new UntilServedUntil(clock))
                .build();
    }

    /**
     * Remembers {@code identity}, which quarkus-oidc verified for {@code token} with these {@code exp} and
     * {@code iat} claims; nothing is kept for a token already within the margin of its expiry.
     */
    void remember(String token, SecurityIdentity identity, Instant expiresAt, Instant issuedAt) {
        if (!enabled) {
            return;
        }
        Instant until = expiresAt;
        if (maximumAge.isPresent()) {
            Instant tooOld = issuedAt.plus(maximumAge.get());
            until = tooOld.isBefore(until) ? tooOld : until;
        }
        Instant servedUntil = until.minus(margin);
        if (clock.instant().isBefore(servedUntil)) {
            byToken.put(token, new Verified(identity, servedUntil));
            remembered.increment();
        }
    }

    /** The identity verified for exactly this token, if it may still be served now. */
    Optional<SecurityIdentity> recall(String token) {
        if (!enabled) {
            return Optional.empty();
        }
        Verified verified = byToken.getIfPresent(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.servedUntil())) {
            byToken.invalidate(token);
            return Optional.empty();
        }
        served.increment();
        return Optional.of(verified.identity());
    }

    boolean enabled() {
        return enabled;
    }

    /** How many requests were served a remembered identity since start (tests, diagnostics). */
    public long served() {
        return served.sum();
    }

    /** How many verified tokens were remembered since start (tests, diagnostics). */
    public long remembered() {
        return remembered.sum();
    }

    /** How many tokens are remembered now. */
    long size() {
        byToken.cleanUp();
        return byToken.estimatedSize();
    }

    /** Each entry's lifetime in the cache: until it may no longer be served, measured on the service's clock. */
    private record UntilServedUntil(Clock clock) implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String token, Verified verified, long currentTime) {
            return Math.max(
                    0, Duration.between(clock.instant(), verified.servedUntil()).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Verified verified, long currentTime, long currentDuration) {
            return expireAfterCreate(token, verified, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Verified verified, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
