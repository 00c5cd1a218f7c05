package org.motus.gateway.ice;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.motus.gateway.testing.Visits.as;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/** GET /api/v1/visits/{id}/ice-servers with the %test TURN settings (secret test-only-turn-secret, ttl 1 h). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class IceServersResourceTest {

    @OidcWireMock
    WireMockServer oidc;

    @Test
    void aParticipantGetsStunAndTurnWithACredentialCoturnAcceptsForAnHour() throws Exception {
        Visits visits = new Visits(oidc);
        UUID visit = visits.joinable();
        long before = Instant.now().getEpochSecond();

        JsonPath ice = as(visits.patBrowser)
                .get("/api/v1/visits/" + visit + "/ice-servers")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath();

        assertThat(ice.getList("iceServers[0].urls"), equalTo(List.of("stun:stun.motus.test:3478")));
        assertThat(ice.getString("iceServers[0].username"), equalTo(null));
        assertThat(
                ice.getList("iceServers[1].urls"),
                equalTo(List.of("turn:turn.motus.test:3478?transport=udp", "turns:turn.motus.test:5349")));
        String username = ice.getString("iceServers[1].username");
        String[] parts = username.split(":");
        assertThat(parts[1], equalTo(visits.pat.subject()));
        long expiry = Long.parseLong(parts[0]);
        assertThat(expiry, greaterThanOrEqualTo(before + 3600));
        assertThat(expiry, lessThanOrEqualTo(Instant.now().getEpochSecond() + 3600));
        assertThat(ice.getLong("ttlSeconds"), equalTo(3600L));

        // coturn's check, done by hand: base64(HMAC-SHA1(static-auth-secret, username)).
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("test-only-turn-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        assertThat(ice.getString("iceServers[1].credential"), equalTo(expected));
    }
}
