package org.motus.therapist.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.bearer.VerifiedBearerTokens;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.audit.AuditEvent;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/**
 * A bearer token quarkus-oidc verified once is served from memory on the next requests (ADR 0057), and
 * nothing about access changes: each token reaches only its own person's plan, the relationship is
 * checked and the read audited on every request, an expired token is refused.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class RememberedBearerTokensTest {

    @Inject
    VerifiedBearerTokens memory;

    @Test
    void aSecondRequestWithTheSameTokenIsServedFromMemory() {
        Tokens.Person therapist = Tokens.therapist("Remembered Rhea");
        String token = therapist.token();
        list(token).statusCode(200);
        long remembered = memory.remembered();
        long served = memory.served();

        list(token).statusCode(200);

        assertEquals(served + 1, memory.served());
        assertEquals(remembered, memory.remembered());
    }

    @Test
    void twoPatientsTokensAlternatingEachReachOnlyTheirOwnPlan() {
        TestPatient first = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 2, 1), Tokens.TESS);
        TestPatient second = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1980, 3, 4), Tokens.TESS);
        String firstPlan =
                Fixtures.publishedPlan(Tokens.TESS, first, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)));
        String secondPlan =
                Fixtures.publishedPlan(Tokens.TESS, second, List.of(item(Fixtures.BIRD_DOG, "sets", 3, "reps", 8)));
        String firstToken = first.person().token();
        String secondToken = second.person().token();
        long readsOfFirst = reads(first);
        long readsOfSecond = reads(second);
        long served = memory.served();

        for (int round = 0; round < 3; round++) {
            plan(firstToken, firstPlan)
                    .statusCode(200)
                    .body("id", equalTo(firstPlan))
                    .body("patientId", equalTo(first.id().toString()));
            plan(secondToken, secondPlan)
                    .statusCode(200)
                    .body("id", equalTo(secondPlan))
                    .body("patientId", equalTo(second.id().toString()));
            // The relationship is checked on every request, whoever the token was verified for before.
            plan(firstToken, secondPlan).statusCode(404);
            plan(secondToken, firstPlan).statusCode(404);
        }

        assertEquals(readsOfFirst + 3, reads(first));
        assertEquals(readsOfSecond + 3, reads(second));
        // Each token was new at its first request here (or already remembered); at least the other 10 were served.
        assertEquals(true, memory.served() - served >= 10, "served " + (memory.served() - served) + " of 12");
    }

    @Test
    void anExpiredTokenIsRefusedAndNeverRemembered() {
        String expired = Tokens.expiringAt(
                Tokens.therapist("Expired Ezra"), Instant.now().minus(Duration.ofMinutes(10)));
        long remembered = memory.remembered();
        long served = memory.served();

        list(expired).statusCode(401);
        list(expired).statusCode(401);

        assertEquals(remembered, memory.remembered());
        assertEquals(served, memory.served());
    }

    @Test
    void aTokenCloseToItsExpiryIsVerifiedEveryTimeAndNotKept() {
        String nearlyExpired =
                Tokens.expiringAt(Tokens.therapist("Nearly Nell"), Instant.now().plusSeconds(20));
        long remembered = memory.remembered();
        long served = memory.served();

        list(nearlyExpired).statusCode(200);
        list(nearlyExpired).statusCode(200);

        assertEquals(remembered, memory.remembered());
        assertEquals(served, memory.served());
    }

    private static ValidatableResponse list(String token) {
        return given().auth().oauth2(token).get("/api/v1/exercises").then();
    }

    private static ValidatableResponse plan(String token, String planId) {
        return given().auth().oauth2(token).get("/api/v1/plans/{id}", planId).then();
    }

    private static long reads(TestPatient patient) {
        UUID patientId = patient.id();
        String subject = patient.person().subject();
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "patientId = ?1 and actorSubject = ?2 and action = ?3", patientId, subject, "PLAN_READ"));
    }
}
