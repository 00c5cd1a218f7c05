package org.motus.patient.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.FhirValidation;

/** Issue 15 item 4 and its round trip: a pain Observation posted through FHIR becomes a check-in. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ObservationImportTest {

    private static final String AN_HOUR_AGO = Instant.now()
            .minus(1, ChronoUnit.HOURS)
            .truncatedTo(ChronoUnit.SECONDS)
            .atOffset(ZoneOffset.ofHours(2))
            .toString();

    private static String pain(UUID patient, Object value, String effective, String extra) {
        return """
                {"resourceType":"Observation","status":"final",
                 "identifier":[{"system":"urn:ehr:example","value":"obs-1"}],
                 "code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
                 "subject":{"reference":"Patient/%s"},
                 "effectiveDateTime":"%s",
                 "valueInteger":%s%s}""".formatted(patient, effective, value, extra);
    }

    private static Response post(Person caller, String body, String ifNoneExist) {
        var request = given().auth()
                .oauth2(caller.token())
                .contentType("application/fhir+json")
                .urlEncodingEnabled(false)
                .body(body);
        if (ifNoneExist != null) {
            request = request.header("If-None-Exist", ifNoneExist);
        }
        return request.post("/fhir/R4/Observation");
    }

    @Test
    void aPainObservationFromTheTherapistsSystemBecomesACheckInOnceWhateverTheRetries() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.setBaselineAndFrequency(clinic.pat().id(), 6, 3);
        String body = pain(clinic.pat().id(), 5, AN_HOUR_AGO, "");

        Response created = post(clinic.tess(), body, "identifier=urn:ehr:example|obs-1");
        created.then()
                .statusCode(201)
                .contentType(startsWith("application/fhir+json"))
                .header("Location", org.hamcrest.Matchers.containsString("/fhir/R4/Observation/"));
        assertEquals(List.of(), FhirValidation.errors(created.asString()));
        Observation stored = (Observation) FhirValidation.parse(created.asString());
        assertEquals(5, ((IntegerType) stored.getValue()).getValue());
        assertEquals("DAILY", stored.getMethod().getCodingFirstRep().getCode());

        // The same Observation again (an EHR retrying): the first, nothing stored twice.
        Response again = post(clinic.tess(), body, "identifier=urn:ehr:example|obs-1");
        again.then().statusCode(200).body("id", equalTo(stored.getIdPart()));
        assertEquals(1, Fixtures.rows("check_in", clinic.pat().id()));
        // Another reading under the same identifier is a conflict, not an overwrite.
        post(clinic.tess(), pain(clinic.pat().id(), 8, AN_HOUR_AGO, ""), "identifier=urn:ehr:example|obs-1")
                .then()
                .statusCode(409)
                .body("resourceType", equalTo("OperationOutcome"));

        // The round trip: the REST check-ins and the therapist's progress chart have it.
        Fixtures.as(clinic.pat().person())
                .get(
                        "/api/v1/patients/{id}/check-ins?from=" + Instant.now().minus(1, ChronoUnit.DAYS),
                        clinic.pat().id())
                .then()
                .statusCode(200)
                .body("kind", equalTo(List.of("DAILY")))
                .body("pain", equalTo(List.of(5)));
        String weeks = Fixtures.as(clinic.tess())
                .get("/api/v1/patients/{id}/progress", clinic.pat().id())
                .then()
                .statusCode(200)
                .extract()
                .path("weeks.readings")
                .toString();
        assertTrue(weeks.contains("1"), weeks);
        // Every post is audited: the import and its replay succeeded, the conflicting one failed.
        assertEquals(
                2, Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "IMPORT_OBSERVATION", "SUCCESS"));
        assertEquals(1, Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "IMPORT_OBSERVATION", "FAILED"));
    }

    @Test
    void aNoteWithARedFlagRaisesTheUrgentFlagAsAnyCheckInDoes() {
        Clinic clinic = Fixtures.clinic();
        String body = pain(
                clinic.pat().id(),
                4,
                AN_HOUR_AGO,
                ",\"note\":[{\"text\":\"Since yesterday I am numb between my legs and have trouble peeing\"}]");
        post(clinic.pat().person(), body, null).then().statusCode(201);
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from flag where patient_id = ?1 and kind = 'RED_FLAG' and severity = 'URGENT'",
                        clinic.pat().id()));
    }

    @Test
    void onlyThePatientAndTheTreatingTherapistImportAndBadObservationsAreRefused() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        String good = pain(pat, 3, AN_HOUR_AGO, "");
        post(clinic.paula().person(), good, null)
                .then()
                .statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        post(clinic.stranger(), good, null).then().statusCode(404);
        post(clinic.admin(), good, null).then().statusCode(403);
        given().contentType("application/fhir+json")
                .body(good)
                .post("/fhir/R4/Observation")
                .then()
                .statusCode(401);

        List<String> bad = List.of(
                "not json",
                "{\"resourceType\":\"Patient\"}",
                pain(pat, 11, AN_HOUR_AGO, ""),
                pain(pat, 2.5, AN_HOUR_AGO, ""),
                pain(pat, 3, "2026-12-01", ""),
                pain(pat, 3, Instant.now().plus(2, ChronoUnit.HOURS).toString(), ""),
                pain(pat, 3, Instant.now().minus(30, ChronoUnit.DAYS).toString(), ""),
                pain(pat, 3, AN_HOUR_AGO, ",\"smuggled\":true"),
                good.replace("\"final\"", "\"preliminary\""),
                good.replace("Patient/" + pat, "Patient/42"),
                good.replace("Patient/" + pat, "Group/" + pat));
        for (String body : bad) {
            post(clinic.tess(), body, null)
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/fhir+json"))
                    .body("resourceType", equalTo("OperationOutcome"));
        }
        post(clinic.tess(), good.replace("72514-3", "8867-4"), null).then().statusCode(422);
        post(clinic.tess(), good, "identifier=no-bar").then().statusCode(400);
        post(clinic.tess(), good, "_id=1").then().statusCode(400);
        assertEquals(0, Fixtures.rows("check_in", pat));
    }
}
