package org.motus.patient.record;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/** The admin's patient list: administrative fields only, filtered and paged, bad input a 400. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PatientDirectoryResourceTest {

    private static final String DIRECTORY = "/api/v1/patients/directory";

    private static String uniqueName() {
        return "Zed" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyAnAdminFindsPatients() {
        Clinic clinic = Fixtures.clinic();
        given().get(DIRECTORY).then().statusCode(401);
        as(clinic.pat().person()).get(DIRECTORY).then().statusCode(403);
        as(clinic.tess()).get(DIRECTORY).then().statusCode(403);
        as(clinic.admin()).get(DIRECTORY).then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void anAdminSeesNameStatusAndCareTeamButNoClinicalData() {
        String name = uniqueName();
        Enrolled patient = Fixtures.enrol(Tokens.patient(name + " Patient"));
        Person tess = Tokens.therapist("Tess Therapist");
        Fixtures.assign(patient.id(), tess);
        as(tess).body(Map.of("dateOfBirth", "1960-01-02", "conditions", List.of("KNEE_OA"), "baselinePain", 6))
                .put("/api/v1/patients/{id}/clinical", patient.id())
                .then()
                .statusCode(200);

        Map<String, Object> found = as(Tokens.admin("Adam"))
                .queryParam("query", name.toLowerCase())
                .get(DIRECTORY)
                .then()
                .statusCode(200)
                .body("items.id", contains(patient.idText()))
                .body("items[0].displayName", equalTo(name + " Patient"))
                .body("items[0].status", equalTo("IN_CARE"))
                .body("items[0].careTeam", contains(tess.subject()))
                .body("next", nullValue())
                .extract()
                .path("items[0]");
        for (String clinical :
                List.of("dateOfBirth", "conditions", "baselinePain", "prescribedSessionsPerWeek", "goals", "contact")) {
            org.hamcrest.MatcherAssert.assertThat(found, not(hasKey(clinical)));
        }
    }

    @Test
    void theStatusFilterSeparatesPatientsInCareFromDischargedOnes() {
        String name = uniqueName();
        Enrolled staying = Fixtures.enrol(Tokens.patient(name + " A"));
        Enrolled leaving = Fixtures.enrol(Tokens.patient(name + " B"));
        Person adam = Tokens.admin("Adam");
        as(adam).body(Map.of("note", "Goals met."))
                .post("/api/v1/patients/{id}/discharge", leaving.id())
                .then()
                .statusCode(200);

        as(adam).queryParam("query", name)
                .queryParam("status", "DISCHARGED")
                .get(DIRECTORY)
                .then()
                .body("items.id", contains(leaving.idText()))
                .body("items[0].dischargedAt", notNullValue());
        as(adam).queryParam("query", name)
                .queryParam("status", "IN_CARE")
                .get(DIRECTORY)
                .then()
                .body("items.id", contains(staying.idText()));
        as(adam).queryParam("query", name)
                .get(DIRECTORY)
                .then()
                .body("items.id", contains(staying.idText(), leaving.idText()));
    }

    @Test
    void pagesFollowTheirCursorInNameOrderWithoutRepeatingAnyone() {
        String name = uniqueName();
        List<String> expected = new ArrayList<>();
        // Two share a name: the id breaks the tie, so neither is lost between pages.
        for (String suffix : List.of("C", "A", "B", "B", "D")) {
            Fixtures.enrol(Tokens.patient(name + " " + suffix));
        }
        Person adam = Tokens.admin("Adam");
        as(adam).queryParam("query", name)
                .get(DIRECTORY)
                .then()
                .extract()
                .jsonPath()
                .getList("items.id", String.class)
                .forEach(expected::add);
        assertEquals(5, expected.size());
        List<String> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(adam).queryParam("query", name).queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.get(DIRECTORY).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            names.addAll(page.getList("items.displayName", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(expected, seen);
        assertEquals(names.stream().sorted().toList(), names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=201", "limit=x", "status=ACTIVE", "cursor=%%%", "cursor=bm9wZQ"})
    void malformedParametersAreA400Problem(String parameter) {
        as(Tokens.admin("Adam"))
                .urlEncodingEnabled(false)
                .get(DIRECTORY + "?" + parameter.replace("%%%", "%25%25"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aWildcardInTheQueryIsTakenLiterally() {
        Fixtures.enrol(Tokens.patient(uniqueName()));
        as(Tokens.admin("Adam"))
                .queryParam("query", "%_")
                .get(DIRECTORY)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }
}
