package org.motus.gateway.ice;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * TURN REST API credentials as coturn checks them with use-auth-secret: username
 * {@code expiry:subject}, credential base64(HMAC-SHA1(secret, username)).
 */
class TurnCredentialTest {

    private static final Instant NOW = Instant.parse("2023-11-14T22:13:20Z"); // 1700000000

    /**
     * Known vectors computed outside Java, the way coturn's documentation does it:
     * {@code echo -n "$username" | openssl dgst -sha1 -hmac "$secret" -binary | base64}.
     */
    @Test
    void matchesVectorsComputedWithOpenssl() {
        assertThat(TurnCredential.sign("north", "1234567890:alice"), equalTo("VqaISA+2BxkCw1VepQhRdTergGA="));
        TurnCredential credential = TurnCredential.issue(
                "coturn-static-auth-secret", "7e5a0c1e-0000-4000-8000-000000000002", NOW, Duration.ofHours(1));
        assertThat(credential.username(), equalTo("1700003600:7e5a0c1e-0000-4000-8000-000000000002"));
        assertThat(credential.credential(), equalTo("OtyxWcSVCb90RN2xfWEeJN1g99w="));
    }

    @Test
    void matchesAnHmacComputedByHandInTheTest() throws Exception {
        String secret = "another secret, with spaces and ünïcode";
        TurnCredential credential = TurnCredential.issue(secret, "pat-subject", NOW, Duration.ofMinutes(10));

        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String expected = Base64.getEncoder()
                .encodeToString(
                        mac.doFinal((NOW.getEpochSecond() + 600 + ":pat-subject").getBytes(StandardCharsets.UTF_8)));

        assertThat(credential.credential(), equalTo(expected));
    }

    @Test
    void expiresAfterItsLifetime() {
        TurnCredential credential = TurnCredential.issue("s", "pat", NOW, Duration.ofHours(1));
        assertThat(credential.expiresAt(), equalTo(NOW.plus(Duration.ofHours(1))));
        assertThat(Long.parseLong(credential.username().split(":")[0]), equalTo(NOW.getEpochSecond() + 3600));
        assertThat(credential.validAt(NOW), is(true));
        assertThat(credential.validAt(NOW.plus(Duration.ofMinutes(59))), is(true));
        assertThat(credential.validAt(NOW.plus(Duration.ofHours(1))), is(false));
        assertThat(credential.validAt(NOW.plus(Duration.ofHours(2))), is(false));
    }

    @Test
    void aSubjectWithAColonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TurnCredential.issue("s", "a:b", NOW, Duration.ofHours(1)));
    }

    private static TurnConfig config(List<String> urls, String secret, Duration ttl) {
        return new TurnConfig() {
            @Override
            public Optional<List<String>> urls() {
                return Optional.ofNullable(urls);
            }

            @Override
            public Optional<String> secret() {
                return Optional.ofNullable(secret);
            }

            @Override
            public Duration ttl() {
                return ttl;
            }
        };
    }

    @Test
    void withoutUrlsThereAreNoIceServers() {
        IceServers none = new IceServerPlan(config(null, null, Duration.ofHours(1)), java.time.Clock.systemUTC())
                .forSubject("pat");
        assertThat(none.iceServers(), empty());
        assertThat(none.expiresAt(), nullValue());
    }

    @Test
    void stunOnlyNeedsNoSecretAndCarriesNoCredential() {
        IceServers stun = new IceServerPlan(
                        config(List.of("stun:stun.example.org:3478"), null, Duration.ofHours(1)),
                        java.time.Clock.systemUTC())
                .forSubject("pat");
        assertThat(stun.iceServers(), contains(new IceServer(List.of("stun:stun.example.org:3478"), null, null)));
    }

    @Test
    void turnUrlsGetTheCallersCredentialWithTheConfiguredLifetime() {
        java.time.Clock clock = java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC);
        IceServers servers = new IceServerPlan(
                        config(
                                List.of(
                                        "stun:t.example:3478",
                                        "turn:t.example:3478?transport=udp",
                                        "turns:t.example:5349"),
                                "north",
                                Duration.ofMinutes(20)),
                        clock)
                .forSubject("alice");
        assertThat(servers.iceServers().size(), equalTo(2));
        IceServer turn = servers.iceServers().get(1);
        assertThat(turn.urls(), contains("turn:t.example:3478?transport=udp", "turns:t.example:5349"));
        assertThat(turn.username(), equalTo((NOW.getEpochSecond() + 1200) + ":alice"));
        assertThat(turn.credential(), equalTo(TurnCredential.sign("north", turn.username())));
        assertThat(servers.ttlSeconds(), equalTo(1200L));
    }

    @Test
    void turnWithoutASecretStopsTheStart() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new IceServerPlan(
                        config(List.of("turn:t.example:3478"), null, Duration.ofHours(1)),
                        java.time.Clock.systemUTC()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IceServerPlan(
                        config(List.of("http://t.example"), "s", Duration.ofHours(1)), java.time.Clock.systemUTC()));
    }
}
