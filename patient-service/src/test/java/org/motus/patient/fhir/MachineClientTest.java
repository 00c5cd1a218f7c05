package org.motus.patient.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Machine;
import org.motus.problem.testing.FhirValidation;

/**
 * Machine clients with client credentials and SMART scopes (issue 15 item 3, ADR 0054): what a
 * {@code system/} scope, a {@code patient/} scope and no scope let another system read, that every
 * read is audited under the client, that such a client writes nothing and reaches no REST
 * endpoint, and that SMART scopes in a person's token narrow what they read.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class MachineClientTest {

    private static Clinic clinicWithCheckIns() {
        Clinic clinic = Fixtures.clinic();
        for (var patient : List.of(clinic.pat(), clinic.paula())) {
            as(patient.person())
                    .body(Fixtures.checkIn("DAILY", 4))
                    .post("/api/v1/patients/{id}/check-ins", patient.id())
                    .then()
                    .statusCode(201);
        }
        return clinic;
    }

    @Test
    void aSystemScopeReadsEveryPatientAndEachReadIsAuditedUnderTheClient() {
        Clinic clinic = clinicWithCheckIns();
        Machine ehr = Tokens.machine("clinic-ehr", "openid system/*.read");

        for (var patient : List.of(clinic.pat(), clinic.paula())) {
            valid(get(ehr.token(), "Patient/" + patient.id()), 200);
            Bundle observations = bundle(get(ehr.token(), "Observation?patient=" + patient.id()));
            assertEquals(1, observations.getEntry().size());
            assertEquals(
                    "Patient/" + patient.id(),
                    ((Observation) observations.getEntryFirstRep().getResource())
                            .getSubject()
                            .getReference());
            assertEquals(1, Fixtures.auditRows(patient.id(), ehr.subject(), "READ_RECORD", "SUCCESS"));
            assertEquals(1, Fixtures.auditRows(patient.id(), ehr.subject(), "READ_CHECK_INS", "SUCCESS"));
        }
        // Asked by id, both records; without ids, the clinic's whole list, paged.
        Set<String> listed = ids(bundle(get(
                ehr.token(),
                "Patient?_id=" + clinic.pat().id() + "," + clinic.paula().id())));
        assertEquals(Set.of(clinic.pat().idText(), clinic.paula().idText()), listed);
        Bundle firstPage = bundle(get(ehr.token(), "Patient?_count=1"));
        assertEquals(1, firstPage.getEntry().size());
        assertTrue(firstPage.getLink("next") != null, "more records follow on the next page");
        valid(get(ehr.token(), "Patient/" + clinic.pat().id() + "/$everything"), 200);
        valid(get(ehr.token(), "Flag?patient=" + clinic.pat().id()), 200);
        valid(get(ehr.token(), "CareTeam?patient=" + clinic.pat().id()), 200);
        valid(get(ehr.token(), "Practitioner/" + clinic.tess().subject()), 200);
        // Every row of the client's reads names its service account and says it is a FHIR client.
        long rows = Fixtures.count("select count(*) from audit_event where actor_subject = ?1", ehr.subject());
        assertTrue(rows >= 8, "rows: " + rows);
        assertEquals(
                rows,
                Fixtures.count(
                        "select count(*) from audit_event where actor_subject = ?1"
                                + " and actor_roles like '%fhir-client%' and outcome = 'SUCCESS'",
                        ehr.subject()));
    }

    @Test
    void aTypeTheScopesDoNotNameIsRefusedWith403AndNothingIsRead() {
        Clinic clinic = clinicWithCheckIns();
        Machine observationsOnly = Tokens.machine("pain-registry", "system/Observation.read");

        valid(
                get(
                        observationsOnly.token(),
                        "Observation?patient=" + clinic.pat().id()),
                200);
        for (String path : List.of(
                "Patient/" + clinic.pat().id(),
                "Patient?_id=" + clinic.pat().id(),
                "Patient/" + clinic.pat().id() + "/$everything",
                "Flag?patient=" + clinic.pat().id(),
                "Consent?patient=" + clinic.pat().id(),
                "CareTeam/" + clinic.pat().id(),
                "QuestionnaireResponse?patient=" + clinic.pat().id(),
                "Questionnaire",
                "Practitioner/" + clinic.tess().subject())) {
            refused(get(observationsOnly.token(), path), path);
        }
        assertEquals(0, Fixtures.auditRows(clinic.pat().id(), observationsOnly.subject(), "READ_RECORD", "SUCCESS"));

        // No SMART scope, a write scope, a user/ scope (a client has no person to borrow a reach
        // from) and a query-restricted scope grant nothing.
        for (String scope : List.of(
                "openid profile",
                "system/Observation.write",
                "user/*.read",
                "system/Observation.rs?category=vital-signs")) {
            Machine client = Tokens.machine("misconfigured", scope);
            refused(get(client.token(), "Observation?patient=" + clinic.pat().id()), scope);
        }
        // The capability statement stays public.
        given().get("/fhir/R4/metadata").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.machine("misconfigured", "").token())
                .get("/fhir/R4/metadata")
                .then()
                .statusCode(200);
    }

    @Test
    void aPatientScopeReachesOnlyThePatientItsTokenNames() {
        Clinic clinic = clinicWithCheckIns();
        Machine app =
                Tokens.machineFor("home-device", "patient/*.read", clinic.pat().id());

        valid(get(app.token(), "Patient/" + clinic.pat().id()), 200);
        assertEquals(
                1,
                bundle(get(app.token(), "Observation?patient=" + clinic.pat().id()))
                        .getEntry()
                        .size());
        valid(get(app.token(), "Patient/" + clinic.pat().id() + "/$everything"), 200);
        assertEquals(Set.of(clinic.pat().idText()), ids(bundle(get(app.token(), "Patient"))));
        // Another patient is out of reach: 404, as for a person, and audited.
        for (String path : List.of(
                "Patient/" + clinic.paula().id(),
                "Observation?patient=" + clinic.paula().id(),
                "Flag?patient=" + clinic.paula().id(),
                "Patient/" + clinic.paula().id() + "/$everything")) {
            get(app.token(), path).then().statusCode(404).contentType(startsWith("application/fhir+json"));
        }
        // Patient/{id} and $everything each tried her record.
        assertEquals(2, Fixtures.auditRows(clinic.paula().id(), app.subject(), "READ_RECORD", "DENIED"));
        assertTrue(ids(bundle(get(app.token(), "Patient?_id=" + clinic.paula().id())))
                .isEmpty());
        // Only its own therapist is a Practitioner it may read.
        valid(get(app.token(), "Practitioner/" + clinic.tess().subject()), 200);
        get(app.token(), "Practitioner/" + clinic.stranger().subject()).then().statusCode(404);

        // A patient/ scope without a patient in the token names nobody.
        Machine nobody = Tokens.machine("home-device", "patient/*.read");
        refused(get(nobody.token(), "Patient/" + clinic.pat().id()), "no patient claim");
        // patient/Observation.read does not reach the Patient resource.
        Machine narrow = Tokens.machineFor(
                "home-device", "patient/Observation.read", clinic.pat().id());
        valid(get(narrow.token(), "Observation?patient=" + clinic.pat().id()), 200);
        refused(get(narrow.token(), "Patient/" + clinic.pat().id()), "patient/Observation.read");
    }

    @Test
    void aSystemClientReadsTheAuditTrailAndAPatientClientDoesNot() {
        Clinic clinic = clinicWithCheckIns();
        Machine siem = Tokens.machine("security-monitor", "system/AuditEvent.read");
        Bundle trail =
                bundle(get(siem.token(), "AuditEvent?patient=" + clinic.pat().id()));
        assertTrue(trail.getEntry().size() >= 1, "pat's check-in left audit rows");
        String id = trail.getEntryFirstRep().getResource().getIdElement().getIdPart();
        valid(get(siem.token(), "AuditEvent/" + id), 200);
        // Reading the trail is audited like an admin's search.
        assertTrue(Fixtures.count(
                        "select count(*) from audit_event where actor_subject = ?1 and action = 'SEARCH_AUDIT_EVENTS'",
                        siem.subject())
                >= 2);

        Machine device =
                Tokens.machineFor("home-device", "patient/*.read", clinic.pat().id());
        refused(get(device.token(), "AuditEvent?patient=" + clinic.pat().id()), "patient/ AuditEvent");
        refused(get(Tokens.machine("pain-registry", "system/Observation.read").token(), "AuditEvent"), "no scope");
    }

    @Test
    void aMachineClientWritesNothingAndReachesNoRestEndpoint() {
        Clinic clinic = clinicWithCheckIns();
        Machine ehr = Tokens.machine("clinic-ehr", "system/*.read system/*.write system/*.*");
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"72514-3\"}]},"
                + "\"subject\":{\"reference\":\"Patient/" + clinic.pat().id() + "\"},"
                + "\"effectiveDateTime\":\"2026-12-01T10:00:00Z\",\"valueInteger\":3}";
        given().auth()
                .oauth2(ehr.token())
                .contentType("application/fhir+json")
                .body(observation)
                .post("/fhir/R4/Observation")
                .then()
                .statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("writing"));
        assertEquals(
                1L,
                Fixtures.count(
                        "select count(*) from check_in where patient_id = ?1",
                        clinic.pat().id()));

        for (String path : List.of(
                "/api/v1/patients/me",
                "/api/v1/patients/" + clinic.pat().id(),
                "/api/v1/patients/" + clinic.pat().id() + "/check-ins",
                "/api/v1/patients/" + clinic.pat().id() + "/flags",
                "/api/v1/caseload",
                "/api/v1/patients/" + clinic.pat().id() + "/audit-events")) {
            given().auth()
                    .oauth2(ehr.token())
                    .accept(ContentType.JSON)
                    .get(path)
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void smartScopesInAPersonsTokenNarrowWhatTheyReadAndNeverWiden() {
        Clinic clinic = clinicWithCheckIns();
        String patObservationsOnly = Tokens.withScope(clinic.pat().person(), "openid patient/Observation.read");
        valid(get(patObservationsOnly, "Observation?patient=" + clinic.pat().id()), 200);
        refused(get(patObservationsOnly, "Patient/" + clinic.pat().id()), "narrowed patient");
        // A system/ scope in a person's token does not open other records.
        String tessWide = Tokens.withScope(clinic.tess(), "system/*.read");
        valid(get(tessWide, "Patient/" + clinic.pat().id()), 200);
        get(tessWide, "Patient/" + clinic.paula().id()).then().statusCode(404);
        // The web app's tokens carry no SMART scope and are not narrowed.
        valid(get(clinic.tess().token(), "Flag?patient=" + clinic.pat().id()), 200);
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).urlEncodingEnabled(false).get("/fhir/R4/" + path);
    }

    private static void valid(Response response, int status) {
        response.then().statusCode(status).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(response.asString()));
    }

    private static void refused(Response response, String why) {
        assertEquals(403, response.statusCode(), why + ": " + response.asString());
        response.then()
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("forbidden"))
                .body("issue[0].diagnostics", containsString("scopes"));
    }

    private static Bundle bundle(Response response) {
        valid(response, 200);
        return (Bundle) FhirValidation.parse(response.asString());
    }

    private static Set<String> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(e -> e.getResource().getIdElement().getIdPart())
                .collect(Collectors.toSet());
    }
}
