package org.motus.patient.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motus.bearer.VerifiedBearerTokens;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.TestClock;
import org.motus.patient.testing.Tokens;

/**
 * A bearer token quarkus-oidc verified once is served from memory on the next requests (ADR 0057), and
 * nothing about access changes: each token yields only its own person, relationship checks and audit rows
 * happen on every request, an expired token is refused.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class RememberedBearerTokensTest {

    @Inject
    VerifiedBearerTokens memory;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aSecondRequestWithTheSameTokenIsServedFromMemory() {
        String token = Tokens.patient("Remembered Rita").token();
        String id = me(token).statusCode(200).extract().path("id");
        long remembered = memory.remembered();
        long served = memory.served();

        me(token).statusCode(200).body("id", equalTo(id));

        assertEquals(served + 1, memory.served());
        assertEquals(remembered, memory.remembered());
    }

    @Test
    void twoPatientsTokensAlternatingEachGetOnlyTheirOwnRecord() {
        Clinic clinic = Fixtures.clinic();
        String pat = clinic.pat().person().token();
        String paula = clinic.paula().person().token();
        long served = memory.served();

        for (int round = 0; round < 3; round++) {
            me(pat).statusCode(200).body("id", equalTo(clinic.pat().idText()));
            me(paula).statusCode(200).body("id", equalTo(clinic.paula().idText()));
            // The relationship is checked on every request, and every refusal audited.
            given().auth()
                    .oauth2(pat)
                    .get("/api/v1/patients/{id}", clinic.paula().id())
                    .then()
                    .statusCode(404);
        }

        assertEquals(
                3, Fixtures.auditRows(clinic.paula().id(), clinic.pat().person().subject(), "READ_RECORD", "DENIED"));
        // All but each token's first request.
        assertEquals(served + 7, memory.served());
    }

    @Test
    void aTherapistServedFromMemoryIsStillAuditedOnEveryRead() {
        Clinic clinic = Fixtures.clinic();
        String tess = clinic.tess().token();
        long served = memory.served();

        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(tess)
                    .get("/api/v1/patients/{id}", clinic.pat().id())
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(tess)
                    .get("/api/v1/patients/{id}", clinic.paula().id())
                    .then()
                    .statusCode(404);
        }

        assertEquals(5, memory.served() - served);
        assertEquals(3, Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "READ_RECORD", "SUCCESS"));
        assertEquals(3, Fixtures.auditRows(clinic.paula().id(), clinic.tess().subject(), "READ_RECORD", "DENIED"));
    }

    @Test
    void anExpiredTokenIsRefusedAndNeverRemembered() {
        Tokens.Person pat = Tokens.patient("Expired Ed");
        String expired = Tokens.expiringAt(pat, Instant.now().minus(Duration.ofMinutes(10)));
        long remembered = memory.remembered();
        long served = memory.served();

        me(expired).statusCode(401);
        me(expired).statusCode(401);

        assertEquals(remembered, memory.remembered());
        assertEquals(served, memory.served());
    }

    @Test
    void aTokenCloseToItsExpiryIsVerifiedEveryTimeAndNotKept() {
        Tokens.Person pat = Tokens.patient("Nearly Nora");
        String nearlyExpired = Tokens.expiringAt(pat, Instant.now().plusSeconds(20));
        long remembered = memory.remembered();
        long served = memory.served();

        me(nearlyExpired).statusCode(200);
        me(nearlyExpired).statusCode(200);

        assertEquals(remembered, memory.remembered());
        assertEquals(served, memory.served());
    }

    @Test
    void aRememberedTokenIsNoLongerServedFromTheMarginBeforeItsExpiry() {
        String token = Tokens.patient("Timely Tom").token();
        me(token).statusCode(200);
        me(token).statusCode(200);
        long served = memory.served();

        // The tokens live five minutes; the service's clock reaches their expiry minus 30 s.
        TestClock.advance(Duration.ofSeconds(300 - 30));
        // quarkus-oidc (on the real clock) verifies it again, and the memory no longer serves it.
        me(token).statusCode(200);
        me(token).statusCode(200);

        assertEquals(served, memory.served());
    }

    private static ValidatableResponse me(String token) {
        return given().auth().oauth2(token).get("/api/v1/patients/me").then();
    }
}
