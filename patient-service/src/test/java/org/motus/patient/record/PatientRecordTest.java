package org.motus.patient.record;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.text;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/** Who creates a record and who edits which of its fields. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PatientRecordTest {

    private static final Map<String, Object> CLINICAL =
            Map.of("dateOfBirth", "1968-04-12", "conditions", List.of("SCIATICA", "LOW_BACK"), "baselinePain", 6);
    private static final Map<String, Object> GOALS = Map.of(
            "goals",
            "Walk to the market without stopping.",
            "contact",
            Map.of("preferredChannel", "EMAIL", "email", "pat@example.org"));

    @Test
    void anAdminWhoSendsClinicalFieldsIsRefusedAndNothingIsWritten() {
        Person pat = Tokens.patient("Pat Clinical By Admin");
        as(Tokens.admin("Adam"))
                .body(Map.of("subject", pat.subject(), "displayName", "Pat Clinical By Admin", "clinical", CLINICAL))
                .post("/api/v1/patients")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("treating therapist"));
        assertEquals(0, Fixtures.count("select count(*) from patient where subject = ?1", pat.subject()));
    }

    @Test
    void aTherapistCreatesARecordWithClinicalFields() {
        Person tess = Tokens.therapist("Tess Clinical Intake");
        Person pat = Tokens.patient("Pat Clinical Intake");
        as(tess).body(Map.of("subject", pat.subject(), "displayName", "Pat Clinical Intake", "clinical", CLINICAL))
                .post("/api/v1/patients")
                .then()
                .statusCode(201)
                .body("$", not(hasKey("conditions")));
        as(pat).get("/api/v1/patients/me")
                .then()
                .statusCode(200)
                .body("conditions", contains("LOW_BACK", "SCIATICA"))
                .body("baselinePain", equalTo(6))
                .body("dateOfBirth", equalTo("1968-04-12"));
    }

    @Test
    void anAdminCreatesARecordThatThePatientFindsOnFirstSignIn() {
        Person pat = Tokens.patient("Pat Invited");
        String id = as(Tokens.admin("Adam"))
                .body(Map.of("subject", pat.subject(), "displayName", "Pat Invited"))
                .post("/api/v1/patients")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/patients/"))
                .body("subject", equalTo(pat.subject()))
                .body("status", equalTo("IN_CARE"))
                .body("$", not(hasKey("conditions")))
                .body("$", not(hasKey("baselinePain")))
                .extract()
                .path("id");
        as(pat).get("/api/v1/patients/me").then().statusCode(200).body("id", equalTo(id));
        as(Tokens.admin("Adam"))
                .get("/api/v1/patients/directory?query=Pat Invited")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void aTherapistWhoCreatesARecordJoinsItsCareTeam() {
        Person tess = Tokens.therapist("Tess Intake");
        Person pat = Tokens.patient("Pat Intake");
        String id = as(tess).body(Map.of("subject", pat.subject(), "displayName", "Pat Intake"))
                .post("/api/v1/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(tess).get("/api/v1/patients/{id}/care-team", id)
                .then()
                .body("[0].therapistSubject", equalTo(tess.subject()));
        as(tess).get("/api/v1/caseload").then().body("[0].patientId", equalTo(id));
    }

    @Test
    void aSecondRecordForTheSameAccountIsAConflict() {
        Person pat = Tokens.patient("Pat Twice");
        Fixtures.enrol(pat);
        as(Tokens.admin("Adam"))
                .body(Map.of("subject", pat.subject(), "displayName", "Pat Twice"))
                .post("/api/v1/patients")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theDemoDataStaysOutUnlessSwitchedOn() {
        assertEquals(
                0,
                Fixtures.count("select count(*) from patient where subject = '7e5a0c1e-0000-4000-8000-000000000002'"));
    }

    @Test
    void patientsCannotCreateRecords() {
        as(Tokens.patient("Pat"))
                .body(Map.of("subject", "someone", "displayName", "Someone"))
                .post("/api/v1/patients")
                .then()
                .statusCode(403);
    }

    @Test
    void thePatientEditsGoalsAndContactButNotClinicalFields() {
        Clinic clinic = Fixtures.clinic();
        String path = "/api/v1/patients/{id}/";
        as(clinic.pat().person())
                .body(GOALS)
                .put(path + "goals-and-contact", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("goals", equalTo("Walk to the market without stopping."))
                .body("contact.preferredChannel", equalTo("EMAIL"))
                .body("contact.email", equalTo("pat@example.org"))
                .body("contact.phone", nullValue());
        as(clinic.pat().person())
                .body(CLINICAL)
                .put(path + "clinical", clinic.pat().id())
                .then()
                .statusCode(403);
        as(clinic.pat().person())
                .body(Map.of("sessionsPerWeek", 9))
                .put(path + "prescribed-frequency", clinic.pat().id())
                .then()
                .statusCode(403);
    }

    @Test
    void theTreatingTherapistEditsClinicalFieldsGoalsAndContactAndAnAdminNone() {
        Clinic clinic = Fixtures.clinic();
        String path = "/api/v1/patients/{id}/";
        as(clinic.tess())
                .body(CLINICAL)
                .put(path + "clinical", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("conditions", contains("LOW_BACK", "SCIATICA"))
                .body("baselinePain", equalTo(6));
        as(clinic.tess())
                .body(Map.of("sessionsPerWeek", 5))
                .put(path + "prescribed-frequency", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("prescribedSessionsPerWeek", equalTo(5));
        // The record-edit screen (issue 13 item 2): the treating therapist edits goals and contact too.
        as(clinic.tess())
                .body(GOALS)
                .put(path + "goals-and-contact", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("goals", equalTo("Walk to the market without stopping."))
                .body("contact.email", equalTo("pat@example.org"));
        as(clinic.admin())
                .body(GOALS)
                .put(path + "goals-and-contact", clinic.pat().id())
                .then()
                .statusCode(403);
        as(clinic.admin())
                .body(CLINICAL)
                .put(path + "clinical", clinic.pat().id())
                .then()
                .statusCode(403);
        as(clinic.pat().person())
                .get("/api/v1/patients/me")
                .then()
                .body("baselinePain", equalTo(6))
                .body("prescribedSessionsPerWeek", equalTo(5));
    }

    @Test
    void recordEditsAreValidated() {
        Clinic clinic = Fixtures.clinic();
        String path = "/api/v1/patients/{id}/";
        as(clinic.tess())
                .body(Map.of("conditions", List.of("LOW_BACK"), "baselinePain", 11))
                .put(path + "clinical", clinic.pat().id())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("baselinePain"));
        as(clinic.tess())
                .body(Map.of("conditions", List.of("HEADACHE")))
                .put(path + "clinical", clinic.pat().id())
                .then()
                .statusCode(400);
        as(clinic.tess())
                .body(Map.of("dateOfBirth", "2999-01-01", "conditions", List.of()))
                .put(path + "clinical", clinic.pat().id())
                .then()
                .statusCode(400);
        as(clinic.pat().person())
                .body(Map.of("goals", text(4097), "contact", Map.of("preferredChannel", "APP")))
                .put(path + "goals-and-contact", clinic.pat().id())
                .then()
                .statusCode(400);
        as(clinic.pat().person())
                .body(Map.of("contact", Map.of("preferredChannel", "APP", "email", "not an email")))
                .put(path + "goals-and-contact", clinic.pat().id())
                .then()
                .statusCode(400);
        as(clinic.tess())
                .body(Map.of("sessionsPerWeek", 0))
                .put(path + "prescribed-frequency", clinic.pat().id())
                .then()
                .statusCode(400);
    }

    @Test
    void theContactAloneChangesWithoutTouchingGoalsATherapistJustSet() {
        Clinic clinic = Fixtures.clinic();
        String path = "/api/v1/patients/{id}/";
        // The therapist sets goals while the patient's Settings screen is open with the old record.
        as(clinic.tess())
                .body(GOALS)
                .put(path + "goals-and-contact", clinic.pat().id())
                .then()
                .statusCode(200);

        as(clinic.pat().person())
                .body(Map.of("preferredChannel", "SMS", "phone", "+49 30 1234567"))
                .put(path + "contact", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("goals", equalTo("Walk to the market without stopping."))
                .body("contact.preferredChannel", equalTo("SMS"))
                .body("contact.phone", equalTo("+49 30 1234567"))
                .body("contact.email", nullValue());
        assertEquals(
                1,
                Fixtures.auditRows(
                        clinic.pat().id(), clinic.pat().person().subject(), "EDIT_GOALS_AND_CONTACT", "SUCCESS"));
    }

    @Test
    void aContactChangeIsValidatedRefusedOutsideReachAndAfterDischarge() {
        Clinic clinic = Fixtures.clinic();
        String path = "/api/v1/patients/{id}/contact";
        for (Object bad : List.of(
                Map.of("preferredChannel", "PIGEON"),
                Map.of("preferredChannel", "EMAIL", "email", "not an email"),
                Map.of("preferredChannel", "SMS", "phone", "call me maybe"),
                Map.of("email", "pat@example.org"),
                Map.of("preferredChannel", "APP", "goals", "sneaked in"))) {
            as(clinic.pat().person())
                    .body(bad)
                    .put(path, clinic.pat().id())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        as(clinic.paula().person())
                .body(Map.of("preferredChannel", "APP"))
                .put(path, clinic.pat().id())
                .then()
                .statusCode(404);
        as(clinic.stranger())
                .body(Map.of("preferredChannel", "APP"))
                .put(path, clinic.pat().id())
                .then()
                .statusCode(404);
        as(clinic.admin())
                .body(Map.of("preferredChannel", "APP"))
                .put(path, clinic.pat().id())
                .then()
                .statusCode(403);
        as(clinic.tess())
                .body(Map.of("note", "Done."))
                .post("/api/v1/patients/{id}/discharge", clinic.pat().id())
                .then()
                .statusCode(200);
        as(clinic.pat().person())
                .body(Map.of("preferredChannel", "APP"))
                .put(path, clinic.pat().id())
                .then()
                .statusCode(409);
    }
}
