package org.motus.gateway.signalling;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.SignalClient;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/**
 * A signalling socket lives no longer than the login session it was opened under (SIGNALLING.md,
 * "Sign-out and expiry"): sign-out through the gateway, Keycloak's back-channel logout, and the
 * session cookie's expiry each close it, and only the sockets of that session.
 */
@QuarkusTest
@TestProfile(LoginSessionEndsSocketsTest.NoIdleClose.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class LoginSessionEndsSocketsTest {

    /**
     * The test profile's 3 s idle close (for SignallingTest) would race these tests' slower steps
     * (signing in, booking) on a busy machine; here only the session's end may close a socket.
     */
    public static class NoIdleClose implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motus.signalling.idle-timeout", "10M");
        }
    }

    @OidcWireMock
    WireMockServer oidc;

    @Inject
    SignallingSocket endpoint;

    private Visits visits;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
    }

    private static JsonObject message(String type) {
        return new JsonObject().put("v", 1).put("type", type);
    }

    /** Pat and Tess in a call on a visit of their own. */
    private record Call(SignalClient therapist, SignalClient patient) {}

    private Call inCall(BrowserSession patient) {
        // Five minutes long, so a second joinable visit fits after it (no double booking).
        UUID visit = visits.book(Duration.ofMinutes(5), 5);
        SignalClient pat = SignalClient.join(patient, visit);
        SignalClient tess = SignalClient.join(visits.tessBrowser, visit);
        pat.expect("peer-joined");
        tess.send(message("admit"));
        tess.expect("admitted");
        pat.expect("admitted");
        return new Call(tess, pat);
    }

    @Test
    void signingOutThroughTheGatewayClosesTheSocketsOfThatSessionOnlyWith4003() {
        Call call = inCall(visits.patBrowser);
        // Pat signed in on a second device too: that session's socket stays.
        BrowserSession patPhone = BrowserSession.signIn(oidc, visits.pat);
        UUID other = visits.book(Duration.ofMinutes(10), 30);
        SignalClient phone = SignalClient.join(patPhone, other);

        visits.patBrowser.get("/logout");

        SignalClient.Close closed = call.patient().awaitClose();
        assertThat(closed.code(), equalTo((int) CloseReason.SIGNED_OUT.code));
        assertThat(closed.reason(), equalTo(CloseReason.SIGNED_OUT.reason));
        assertThat(call.therapist().awaitType("peer-left").getString("role"), equalTo("patient"));
        assertThat(call.therapist().isClosed(), is(false));
        phone.send(message("ping"));
        phone.expect("pong");
        assertThat(phone.isClosed(), is(false));
        call.therapist().close();
        phone.close();
    }

    @Test
    void aSessionEndedInKeycloakClosesItsSocketsThroughTheBackChannelLogout() {
        Call call = inCall(visits.patBrowser);
        String sid = visits.patBrowser.login().tokens().sid();

        // A token Keycloak did not sign is refused, and nothing closes.
        String forged = visits.pat.logoutToken(sid);
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("logout_token", forged)
                .post("/back-channel-logout")
                .then()
                .statusCode(400);
        call.patient().send(message("ping"));
        call.patient().expect("pong");

        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("logout_token", visits.pat.logoutToken(sid))
                .post("/back-channel-logout")
                .then()
                .statusCode(200);

        SignalClient.Close closed = call.patient().awaitClose();
        assertThat(closed.code(), equalTo((int) CloseReason.SIGNED_OUT.code));
        assertThat(call.therapist().awaitType("peer-left").getString("role"), equalTo("patient"));
        assertThat(call.therapist().isClosed(), is(false));
        // The gateway session is gone too: its next call answers 401.
        assertThat(visits.patBrowser.get("/api/v1/me").statusCode(), equalTo(401));
        call.therapist().close();
    }

    /**
     * quarkus-oidc keeps a back-channel logout in a small cache until the session's cookie comes
     * back, and clears the whole cache when it is full: sessions revoked later (here, a dozen that
     * never come back) used to wipe an earlier revocation, and that session went on working. Ended
     * sessions are now remembered by the gateway itself (every replica, through the relay).
     */
    @Test
    void aSessionEndedInKeycloakStaysEndedWhateverOtherSessionsEndAfterIt() {
        String sid = visits.paulaBrowser.login().tokens().sid();
        assertThat(visits.paulaBrowser.get("/api/v1/me").statusCode(), equalTo(200));
        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("logout_token", visits.paula.logoutToken(sid))
                .post("/back-channel-logout")
                .then()
                .statusCode(200);
        for (int i = 0; i < 12; i++) {
            RestAssured.given()
                    .contentType("application/x-www-form-urlencoded")
                    .formParam(
                            "logout_token",
                            visits.theo.logoutToken(java.util.UUID.randomUUID().toString()))
                    .post("/back-channel-logout")
                    .then()
                    .statusCode(200);
        }
        java.net.http.HttpResponse<String> answer = visits.paulaBrowser.get("/api/v1/me");
        assertThat(answer.statusCode(), equalTo(401));
        assertThat(
                answer.headers().firstValue("Content-Type").orElse(""),
                org.hamcrest.Matchers.startsWith("application/problem+json"));
        // The other people's sessions are untouched.
        assertThat(visits.tessBrowser.get("/api/v1/me").statusCode(), equalTo(200));
    }

    @Test
    void aSocketClosesWith4004WhenItsSessionCookieWouldHaveExpired() {
        Call call = inCall(visits.patBrowser);
        // ID tokens live 300 s here; the cookie 30 min more (session-age-extension).
        Instant beforeCookieExpiry = Instant.now().plus(Duration.ofMinutes(30));
        Instant afterCookieExpiry = Instant.now().plus(Duration.ofMinutes(36));

        endpoint.sweep(System.nanoTime(), beforeCookieExpiry.toEpochMilli());
        call.patient().send(message("ping"));
        call.patient().expect("pong");

        endpoint.sweep(System.nanoTime(), afterCookieExpiry.toEpochMilli());
        SignalClient.Close closed = call.patient().awaitClose();
        assertThat(closed.code(), equalTo((int) CloseReason.SESSION_EXPIRED.code));
        assertThat(closed.reason(), equalTo(CloseReason.SESSION_EXPIRED.reason));
        // Tess signed in a moment later than Pat; with the clock past both cookies she goes too.
        assertThat(call.therapist().awaitClose().code(), equalTo((int) CloseReason.SESSION_EXPIRED.code));
    }
}
