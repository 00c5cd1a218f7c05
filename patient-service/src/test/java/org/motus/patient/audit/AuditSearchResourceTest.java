package org.motus.patient.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens;

/** The admin's audit search: only admins, every filter, cursor paging newest first, bad input a 400. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AuditSearchResourceTest {

    private static final String SEARCH = "/api/v1/patients/audit-events";

    @Test
    void onlyAnAdminSearchesTheTrail() {
        Clinic clinic = Fixtures.clinic();
        given().get(SEARCH).then().statusCode(401);
        as(clinic.pat().person()).get(SEARCH).then().statusCode(403);
        as(clinic.tess()).get(SEARCH).then().statusCode(403);
        as(clinic.admin()).get(SEARCH).then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void filtersByPatientActorActionAndTime() {
        Clinic clinic = Fixtures.clinic();
        Instant before = Instant.now().minusSeconds(1);
        as(clinic.pat().person())
                .body(Fixtures.checkIn("DAILY", 3))
                .post("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(201);
        // Another patient's id: refused, and the refusal is what the search finds for that actor.
        as(clinic.paula().person())
                .get("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(404);

        as(clinic.admin())
                .queryParam("patientId", clinic.pat().idText())
                .queryParam("action", "RECORD_CHECK_IN")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.actorSubject", hasItem(clinic.pat().person().subject()))
                .body("items.patientId", everyItem(equalTo(clinic.pat().idText())))
                .body("items.action", everyItem(equalTo("RECORD_CHECK_IN")));
        as(clinic.admin())
                .queryParam("actor", clinic.paula().person().subject())
                .queryParam("patientId", clinic.pat().idText())
                .get(SEARCH)
                .then()
                .body("items.outcome", everyItem(equalTo("DENIED")))
                .body("items.action", hasItem("READ_CHECK_INS"));
        as(clinic.admin())
                .queryParam("patientId", clinic.pat().idText())
                .queryParam("from", before.plusSeconds(3600).toString())
                .get(SEARCH)
                .then()
                .body("items", org.hamcrest.Matchers.empty());
        as(clinic.admin())
                .queryParam("patientId", clinic.pat().idText())
                .queryParam("to", before.toString())
                .get(SEARCH)
                .then()
                .body("items.action", not(hasItem("RECORD_CHECK_IN")));
    }

    @Test
    void pagesFollowTheirCursorNewestFirstWithoutRepeatingARow() {
        Clinic clinic = Fixtures.clinic();
        for (int i = 0; i < 4; i++) {
            as(clinic.tess())
                    .get("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                    .then()
                    .statusCode(200);
        }
        List<String> all = as(clinic.admin())
                .queryParam("patientId", clinic.pat().idText())
                .get(SEARCH)
                .then()
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
        assertTrue(all.size() >= 5, "the enrolment, the assignment and four reads at least");

        List<String> seen = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(clinic.admin())
                    .queryParam("patientId", clinic.pat().idText())
                    .queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(SEARCH).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            times.addAll(page.getList("items.occurredAt", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 50);
        assertEquals(all, seen);
        List<Instant> instants = times.stream().map(Instant::parse).toList();
        List<Instant> newestFirst = new ArrayList<>(instants);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, instants);
    }

    @Test
    void theSearchItselfIsAudited() {
        var adam = Tokens.admin("Adam");
        as(adam).get(SEARCH).then().statusCode(200);
        assertTrue(Fixtures.count(
                        "select count(*) from audit_event where actor_subject = ?1 and action = 'SEARCH_AUDIT_EVENTS'",
                        adam.subject())
                == 1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "patientId=42",
                "actor=a%20b",
                "action=read_record",
                "from=yesterday",
                "to=2026-13-01T00:00:00Z",
                "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z",
                "cursor=bm9wZQ",
                "limit=0",
                "limit=201",
            })
    void malformedParametersAreA400Problem(String parameter) {
        as(Tokens.admin("Adam"))
                .urlEncodingEnabled(false)
                .get(SEARCH + "?" + parameter)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
