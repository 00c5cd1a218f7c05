package org.motus.gateway.session;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.MovableClock;

/** Which verified identity may be served again, and until when: pure rules, a clock the test moves. */
class VerifiedIdentitiesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedIdentities verified = new VerifiedIdentities(clock, Optional.of(SKEW), 100);
    private final SecurityIdentity pat = identity("pat");

    @Test
    void theSameTwoTokensAreServedTheIdentityVerifiedForThem() {
        verified.remember("id-1", "access-1", pat, NOW.plusSeconds(300), NOW.plusSeconds(300));

        assertThat(verified.recall("id-1", "access-1").orElseThrow(), sameInstance(pat));
        assertThat(verified.served(), equalTo(1L));
    }

    @Test
    void anotherAccessTokenBesideTheSameIdTokenIsNotServed() {
        verified.remember("id-1", "access-1", pat, NOW.plusSeconds(300), NOW.plusSeconds(300));

        assertThat(verified.recall("id-1", "access-2").isPresent(), is(false));
        assertThat(verified.recall("id-2", "access-1").isPresent(), is(false));
        assertThat(verified.served(), equalTo(0L));
    }

    @Test
    void anIdentityIsServedUntilTheRefreshSkewAndASecondBeforeTheEarlierExpiry() {
        // The access token expires first: it decides.
        verified.remember("id-1", "access-1", pat, NOW.plusSeconds(600), NOW.plusSeconds(300));

        clock.set(NOW.plusSeconds(300 - 31).minusMillis(1));
        assertThat(verified.recall("id-1", "access-1").isPresent(), is(true));
        clock.set(NOW.plusSeconds(300 - 31));
        assertThat(verified.recall("id-1", "access-1").isPresent(), is(false));
        // Gone for good, even if the clock went back.
        clock.set(NOW);
        assertThat(verified.recall("id-1", "access-1").isPresent(), is(false));
    }

    @Test
    void theIdTokenExpiringFirstDecidesToo() {
        verified.remember("id-1", "access-1", pat, NOW.plusSeconds(100), NOW.plusSeconds(300));

        clock.set(NOW.plusSeconds(100 - 31).minusMillis(1));
        assertThat(verified.recall("id-1", "access-1").isPresent(), is(true));
        clock.set(NOW.plusSeconds(100 - 31));
        assertThat(verified.recall("id-1", "access-1").isPresent(), is(false));
    }

    @Test
    void tokensAlreadyInsideTheRefreshSkewAreNotRemembered() {
        // quarkus-oidc must see them on the next request, to refresh them.
        verified.remember("id-1", "access-1", pat, NOW.plusSeconds(31), NOW.plusSeconds(300));

        assertThat(verified.recall("id-1", "access-1").isPresent(), is(false));
    }

    @Test
    void withoutASkewConfiguredAnIdentityStillEndsASecondBeforeItsTokens() {
        VerifiedIdentities noSkew = new VerifiedIdentities(clock, Optional.empty(), 100);
        noSkew.remember("id-1", "access-1", pat, NOW.plusSeconds(10), NOW.plusSeconds(10));

        clock.set(NOW.plusSeconds(9).minusMillis(1));
        assertThat(noSkew.recall("id-1", "access-1").isPresent(), is(true));
        clock.set(NOW.plusSeconds(9));
        assertThat(noSkew.recall("id-1", "access-1").isPresent(), is(false));
    }

    @Test
    void theExpiryOfAJwtIsReadAndAnOpaqueTokenHasNone() {
        String payload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        "{\"sub\":\"pat\",\"exp\":1796551200}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(
                RememberVerifiedIdentity.expiryOf("e30." + payload + ".c2ln"),
                equalTo(Optional.of(Instant.ofEpochSecond(1796551200L))));
        assertThat(RememberVerifiedIdentity.expiryOf("an-opaque-token").isPresent(), is(false));
        assertThat(RememberVerifiedIdentity.expiryOf("e30.bm90IGpzb24.c2ln").isPresent(), is(false));
        assertThat(RememberVerifiedIdentity.expiryOf("e30.e30.c2ln").isPresent(), is(false));
    }

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRole("patient")
                .build();
    }
}
