package org.motus.therapist.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** The admin's search over therapist-service's trail: filters, cursor paging newest first, itself audited, bad input a 400. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class AuditResourceTest {

    private static final String SEARCH = "/api/v1/plans/audit-events";

    @Test
    void anAdminFindsRowsByPatientActorAndActionAndNobodyElseSearches() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1980, 2, 2), Tokens.TESS);
        String planId = Fixtures.publishedPlan(
                Tokens.TESS, patient, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10, "loadKg", 4.0)));
        given().auth()
                .oauth2(Tokens.OTTO.token())
                .get("/api/v1/plans/" + planId)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Tokens.ADAM.token())
                .queryParam("patientId", patient.id().toString())
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.patientId", everyItem(equalTo(patient.id().toString())))
                .body("items.action", hasItems("PLAN_CREATED", "PLAN_PUBLISHED", "PLAN_READ"));
        given().auth()
                .oauth2(Tokens.ADAM.token())
                .queryParam("patientId", patient.id().toString())
                .queryParam("actor", Tokens.OTTO.subject())
                .queryParam("action", "PLAN_READ")
                .get(SEARCH)
                .then()
                .body("items.outcome", everyItem(equalTo("NOT_FOUND")))
                .body("items.actorSubject", everyItem(equalTo(Tokens.OTTO.subject())))
                .body("items.size()", equalTo(1));

        for (var person : List.of(Tokens.TESS, patient.person())) {
            given().auth().oauth2(person.token()).get(SEARCH).then().statusCode(403);
        }
        given().get(SEARCH).then().statusCode(401);
    }

    @Test
    void readingTheTrailIsItselfOnItAsTheAdmins() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1980, 2, 2));
        given().auth()
                .oauth2(Tokens.ADAM.token())
                .queryParam("patientId", patient.id().toString())
                .get(SEARCH)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.ADAM.token())
                .queryParam("patientId", patient.id().toString())
                .queryParam("limit", "1")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].action", equalTo("AUDIT_TRAIL_READ"))
                .body("items[0].actorRoles", equalTo("admin"));
    }

    @Test
    void pagesFollowTheirCursorNewestFirstWithoutRepeatingARow() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1980, 2, 2), Tokens.TESS);
        String planId = Fixtures.publishedPlan(
                Tokens.TESS, patient, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10, "loadKg", 4.0)));
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(Tokens.TESS.token())
                    .get("/api/v1/plans/" + planId)
                    .then()
                    .statusCode(200);
        }
        // Only the therapist's rows: the admin's own searches are on the trail too and would grow it.
        List<String> all = given().auth()
                .oauth2(Tokens.ADAM.token())
                .queryParam("patientId", patient.id().toString())
                .queryParam("actor", Tokens.TESS.subject())
                .get(SEARCH)
                .then()
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
        assertTrue(all.size() >= 5, "created, published and three reads at least");

        List<String> seen = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth()
                    .oauth2(Tokens.ADAM.token())
                    .queryParam("patientId", patient.id().toString())
                    .queryParam("actor", Tokens.TESS.subject())
                    .queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(SEARCH).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            page.getList("items.occurredAt", String.class).forEach(t -> times.add(Instant.parse(t)));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 50);
        assertEquals(all, seen);
        List<Instant> newestFirst = new ArrayList<>(times);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, times);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "patientId=42",
                "actor=a%20b",
                "action=plan_read",
                "from=yesterday",
                "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z",
                "cursor=bm9wZQ",
                "limit=0",
                "limit=201",
            })
    void malformedParametersAreA400Problem(String parameter) {
        given().auth()
                .oauth2(Tokens.ADAM.token())
                .urlEncodingEnabled(false)
                .get(SEARCH + "?" + parameter)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
