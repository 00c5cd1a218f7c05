package org.motus.patient.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.FakeAccounts;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/** The admin's staff list: only admins, only therapists and admins, filtered and paged, bad input a 400. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class StaffListResourceTest {

    private static final String STAFF = "/api/v1/staff";

    /** People whose emails (subject@people.example) share a prefix no other test uses. */
    private static Person person(String prefix, String role) {
        return new Person(prefix + "-" + UUID.randomUUID(), "Listed " + role, role);
    }

    @Test
    void onlyAnAdminListsStaff() {
        given().get(STAFF).then().statusCode(401);
        as(Tokens.patient("Pat")).get(STAFF).then().statusCode(403);
        as(Tokens.therapist("Tess")).get(STAFF).then().statusCode(403);
        as(Tokens.admin("Adam")).get(STAFF).then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void theListHoldsTherapistsAndAdminsButNoPatientsAndFiltersByRoleAndStatus() {
        String prefix = "roster" + UUID.randomUUID().toString().substring(0, 8);
        Person therapist = person(prefix, "therapist");
        Person admin = person(prefix, "admin");
        Person patient = person(prefix, "patient");
        Person leaver = person(prefix, "therapist");
        Person adam = Tokens.admin("Adam");
        as(adam).post(STAFF + "/{subject}/deactivation", leaver.subject())
                .then()
                .statusCode(200);

        as(adam).queryParam("query", prefix)
                .get(STAFF)
                .then()
                .statusCode(200)
                .body("items.subject", containsInAnyOrder(therapist.subject(), admin.subject(), leaver.subject()))
                .body("next", nullValue());
        as(adam).queryParam("query", prefix)
                .queryParam("role", "ADMIN")
                .get(STAFF)
                .then()
                .body("items.subject", contains(admin.subject()))
                .body("items[0].roles", contains("ADMIN"));
        as(adam).queryParam("query", prefix)
                .queryParam("status", "DEACTIVATED")
                .get(STAFF)
                .then()
                .body("items.subject", contains(leaver.subject()))
                .body("items[0].enabled", equalTo(false));
        as(adam).queryParam("query", prefix.toUpperCase())
                .queryParam("role", "THERAPIST")
                .queryParam("status", "ACTIVE")
                .get(STAFF)
                .then()
                .body("items.subject", contains(therapist.subject()));
        FakeAccounts.awaitSetUp(admin.subject());
        as(adam).queryParam("query", prefix)
                .queryParam("status", "INVITED")
                .get(STAFF)
                .then()
                .body("items.subject", contains(admin.subject()));
        as(adam).queryParam("query", patient.subject()).get(STAFF).then().body("items", empty());
    }

    @Test
    void pagesFollowTheirCursorUntilTheLastWithoutRepeatingAnyone() {
        String prefix = "paged" + UUID.randomUUID().toString().substring(0, 8);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(person(prefix, i % 2 == 0 ? "therapist" : "admin").subject());
            person(prefix, "patient"); // skipped, between staff in Keycloak's order
        }
        Person adam = Tokens.admin("Adam");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(adam).queryParam("query", prefix).queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(STAFF).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.subject", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(expected.stream().sorted().toList(), seen.stream().sorted().toList());
        assertEquals(seen.size(), seen.stream().distinct().count(), "no one twice");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "limit=0",
                "limit=101",
                "limit=many",
                "role=PATIENT",
                "role=therapist",
                "status=GONE",
                "cursor=-1",
                "cursor=abc",
            })
    void malformedParametersAreA400Problem(String parameter) {
        as(Tokens.admin("Adam"))
                .get(STAFF + "?" + parameter)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aQueryOverAHundredCharactersIsA400Problem() {
        as(Tokens.admin("Adam"))
                .queryParam("query", Fixtures.text(101))
                .get(STAFF)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
