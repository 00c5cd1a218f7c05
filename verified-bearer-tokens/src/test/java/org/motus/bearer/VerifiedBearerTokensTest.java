package org.motus.bearer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which verified bearer identity may be served again, and until when: pure rules, a clock the test moves. */
class VerifiedBearerTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwYXQiLCJleHAiOjE3OTY1NTE1MDB9.c2lnbmF0dXJl";

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedBearerTokens verified = new VerifiedBearerTokens(clock, MARGIN, Optional.empty(), 100);
    private final SecurityIdentity pat = identity("pat");

    @Test
    void theSameTokenIsServedTheIdentityVerifiedForIt() {
        verified.remember(TOKEN, pat, NOW.plusSeconds(300), NOW);

        assertSame(pat, verified.recall(TOKEN).orElseThrow());
        assertSame(pat, verified.recall(new String(TOKEN.toCharArray())).orElseThrow());
        assertEquals(2, verified.served());
        assertEquals(1, verified.remembered());
    }

    @Test
    void anotherOrTamperedTokenIsNotServed() {
        verified.remember(TOKEN, pat, NOW.plusSeconds(300), NOW);
        int inClaims = TOKEN.indexOf('.') + 5;
        String tamperedClaims = TOKEN.substring(0, inClaims) + 'A' + TOKEN.substring(inClaims + 1);
        String tamperedSignature = TOKEN.substring(0, TOKEN.length() - 1) + "w";

        assertFalse(tamperedClaims.equals(TOKEN));
        assertFalse(verified.recall(tamperedClaims).isPresent());
        assertFalse(verified.recall(tamperedSignature).isPresent());
        assertFalse(verified.recall(TOKEN + ".").isPresent());
        assertFalse(verified.recall(TOKEN.substring(0, TOKEN.lastIndexOf('.'))).isPresent());
        assertFalse(verified.recall("another-token").isPresent());
        assertEquals(0, verified.served());
    }

    @Test
    void twoPeoplesTokensEachServeOnlyTheirOwnIdentity() {
        SecurityIdentity sam = identity("sam");
        verified.remember("token-of-pat", pat, NOW.plusSeconds(300), NOW);
        verified.remember("token-of-sam", sam, NOW.plusSeconds(300), NOW);

        for (int i = 0; i < 3; i++) {
            assertSame(pat, verified.recall("token-of-pat").orElseThrow());
            assertSame(sam, verified.recall("token-of-sam").orElseThrow());
        }
    }

    @Test
    void anIdentityIsServedUntilTheMarginBeforeExpiryAndThenNeverAgain() {
        verified.remember(TOKEN, pat, NOW.plusSeconds(300), NOW);

        clock.set(NOW.plusSeconds(300 - 30).minusMillis(1));
        assertTrue(verified.recall(TOKEN).isPresent());
        clock.set(NOW.plusSeconds(300 - 30));
        assertFalse(verified.recall(TOKEN).isPresent());
        // Gone for good, even if the clock went back.
        clock.set(NOW);
        assertFalse(verified.recall(TOKEN).isPresent());
    }

    @Test
    void aTokenAlreadyInsideTheMarginIsNotKept() {
        verified.remember(TOKEN, pat, NOW.plusSeconds(30), NOW.minusSeconds(270));
        verified.remember("expired", pat, NOW.minusSeconds(1), NOW.minusSeconds(301));

        assertFalse(verified.recall(TOKEN).isPresent());
        assertFalse(verified.recall("expired").isPresent());
        assertEquals(0, verified.remembered());
        assertEquals(0, verified.size());
    }

    @Test
    void aMaximumTokenAgeEndsTheServingEarlierThanTheExpiry() {
        VerifiedBearerTokens withAge =
                new VerifiedBearerTokens(clock, MARGIN, Optional.of(Duration.ofSeconds(120)), 100);
        withAge.remember(TOKEN, pat, NOW.plusSeconds(300), NOW.minusSeconds(10));

        clock.set(NOW.plusSeconds(110 - 30).minusMillis(1));
        assertTrue(withAge.recall(TOKEN).isPresent());
        clock.set(NOW.plusSeconds(110 - 30));
        assertFalse(withAge.recall(TOKEN).isPresent());
    }

    @Test
    void withoutAMarginAnIdentityEndsAtTheTokensExpiry() {
        VerifiedBearerTokens noMargin = new VerifiedBearerTokens(clock, Duration.ZERO, Optional.empty(), 100);
        noMargin.remember(TOKEN, pat, NOW.plusSeconds(10), NOW);

        clock.set(NOW.plusSeconds(10).minusMillis(1));
        assertTrue(noMargin.recall(TOKEN).isPresent());
        clock.set(NOW.plusSeconds(10));
        assertFalse(noMargin.recall(TOKEN).isPresent());
    }

    @Test
    void noMoreTokensThanTheCapacityAreKept() {
        VerifiedBearerTokens small = new VerifiedBearerTokens(clock, MARGIN, Optional.empty(), 2);
        for (int i = 0; i < 50; i++) {
            small.remember("token-" + i, pat, NOW.plusSeconds(300), NOW);
        }

        assertEquals(2, small.size());
        long stillServed = Stream.iterate(0, i -> i + 1)
                .limit(50)
                .filter(i -> small.recall("token-" + i).isPresent())
                .count();
        assertTrue(stillServed <= 2, "served " + stillServed + " of 50 with a capacity of 2");
    }

    @Test
    void aCapacityOfZeroRemembersNothing() {
        VerifiedBearerTokens off = new VerifiedBearerTokens(clock, MARGIN, Optional.empty(), 0);
        off.remember(TOKEN, pat, NOW.plusSeconds(300), NOW);

        assertFalse(off.enabled());
        assertFalse(off.recall(TOKEN).isPresent());
        assertEquals(0, off.remembered());
    }

    @Test
    void aNegativeCapacityOrMarginIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new VerifiedBearerTokens(clock, MARGIN, Optional.empty(), -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new VerifiedBearerTokens(clock, Duration.ofSeconds(-1), Optional.empty(), 10));
    }

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRole("patient")
                .build();
    }

    /** A clock the test sets. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
