package org.motus.patient.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.FakeAccounts;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Admin operations on therapists' and admins' accounts: every endpoint x caller (patient,
 * therapist, admin, no token), what each does to the account, and what it refuses.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class StaffResourceTest {

    private static final String STAFF = "/api/v1/staff/{subject}";

    record Endpoint(String method, String path) {}

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", STAFF),
            new Endpoint("POST", STAFF + "/deactivation"),
            new Endpoint("POST", STAFF + "/reactivation"),
            new Endpoint("POST", STAFF + "/access-reset"));

    @TestFactory
    List<DynamicTest> onlyAnAdminReachesStaffAccounts() {
        Person theo = Tokens.therapist("Theo Therapist");
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String name = endpoint.method() + " " + endpoint.path();
            tests.add(DynamicTest.dynamicTest(
                    name + " without a token -> 401",
                    () -> given().request(endpoint.method(), endpoint.path(), theo.subject())
                            .then()
                            .statusCode(401)));
            tests.add(DynamicTest.dynamicTest(
                    name + " as a patient -> 403",
                    () -> as(Tokens.patient("Pat"))
                            .request(endpoint.method(), endpoint.path(), theo.subject())
                            .then()
                            .statusCode(403)));
            tests.add(DynamicTest.dynamicTest(
                    name + " as a therapist, even about themself -> 403",
                    () -> as(theo).request(endpoint.method(), endpoint.path(), theo.subject())
                            .then()
                            .statusCode(403)));
            tests.add(DynamicTest.dynamicTest(
                    name + " as an admin -> 200",
                    () -> as(Tokens.admin("Adam"))
                            .request(endpoint.method(), endpoint.path(), theo.subject())
                            .then()
                            .statusCode(200)
                            .body("subject", equalTo(theo.subject()))));
            tests.add(DynamicTest.dynamicTest(
                    name + " about a patient's account -> 404",
                    () -> as(Tokens.admin("Adam"))
                            .request(
                                    endpoint.method(),
                                    endpoint.path(),
                                    Tokens.patient("Pat").subject())
                            .then()
                            .statusCode(404)));
            tests.add(DynamicTest.dynamicTest(
                    name + " about no account -> 404",
                    () -> as(Tokens.admin("Adam"))
                            .request(endpoint.method(), endpoint.path(), "no-such-account")
                            .then()
                            .statusCode(404)
                            .body("type", equalTo("urn:motus:problem:not-found"))));
            tests.add(DynamicTest.dynamicTest(
                    name + " with a malformed subject -> 400",
                    () -> as(Tokens.admin("Adam"))
                            .request(endpoint.method(), endpoint.path(), "not a subject!")
                            .then()
                            .statusCode(400)));
        }
        return tests;
    }

    @Test
    void anAdminDeactivatesAndReactivatesATherapistAndBothAreAudited() {
        Person adam = Tokens.admin("Adam Admin");
        Person theo = Tokens.therapist("Theo Therapist");
        as(adam).post(STAFF + "/deactivation", theo.subject())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        assertFalse(FakeAccounts.account(theo.subject()).orElseThrow().enabled());
        as(adam).post(STAFF + "/access-reset", theo.subject()).then().statusCode(409);
        as(adam).post(STAFF + "/reactivation", theo.subject())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true));
        assertTrue(FakeAccounts.account(theo.subject()).orElseThrow().enabled());
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from audit_event where actor_subject = ?1 and action = 'DEACTIVATE_ACCOUNT'"
                                + " and outcome = 'SUCCESS' and detail = ?2",
                        adam.subject(),
                        "account " + theo.subject()));
    }

    @Test
    void resettingAccessEmailsALinkToSetANewPassword() {
        Person adam = Tokens.admin("Adam Admin");
        Person theo = Tokens.therapist("Theo Therapist");
        as(adam).post(STAFF + "/access-reset", theo.subject()).then().statusCode(200);
        var sent = FakeAccounts.sentTo(theo.subject());
        assertEquals(1, sent.size());
        assertEquals("password reset", sent.get(0).kind());
    }

    @Test
    void anAdminCannotDeactivateThemself() {
        Person adam = Tokens.admin("Adam Admin");
        as(adam).post(STAFF + "/deactivation", adam.subject()).then().statusCode(409);
        assertTrue(FakeAccounts.account(adam.subject()).orElseThrow().enabled());
    }
}
