package org.motus.therapist.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/**
 * Issue 19 item 7: a therapist starts a patient's plan from a copy of another patient's plan, and
 * saves plans as the clinic's own templates that every therapist can start from; nobody copies or
 * saves a plan out of their reach, and a template never carries a patient's notes.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class PlanTemplatesTest {

    static final Tokens.Person TESS = Tokens.TESS;
    static final Tokens.Person OTTO = Tokens.OTTO;

    static final List<Map<String, Object>> ITEMS = List.of(
            withNotes(
                    item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 45, "daysPerWeek", 7),
                    "Mind the left knee after the fall in March."),
            item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8, "daysPerWeek", 5));

    static TestPatient patientOf(Tokens.Person therapist) {
        return PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1968, 3, 2), therapist);
    }

    @Test
    void aPlanIsCopiedToAnotherPatientAsADraftThatNamesNeitherPatient() {
        TestPatient first = patientOf(TESS);
        TestPatient second = patientOf(TESS);
        String source = Fixtures.publishedPlan(TESS, first, ITEMS);

        String copy = create(TESS, second, Map.of("copyFromPlanId", source))
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("changeNote", equalTo("Started from a copy of another patient's plan."))
                .body("changeNote", not(containsString(first.id().toString())))
                .body("items.exerciseId", equalTo(List.of(Fixtures.HAMSTRING_STRETCH, Fixtures.BIRD_DOG)))
                .body("items[0].dosage.holdSeconds", equalTo(45))
                .body("items[1].dosage.reps", equalTo(8))
                .extract()
                .path("planId");
        // The copy is the second patient's own: the first plan is untouched, and its patient sees nothing new.
        Fixtures.get(TESS, "/api/v1/plans/" + copy)
                .statusCode(200)
                .body("patientId", equalTo(second.id().toString()));
        Fixtures.get(TESS, "/api/v1/plans/" + source + "/versions")
                .statusCode(200)
                .body("size()", equalTo(1));
        Fixtures.get(first.person(), "/api/v1/plans/" + copy).statusCode(404);
    }

    @Test
    void nobodyCopiesAPlanOutOfTheirReachOrIntoAPatientTheyDoNotTreat() {
        TestPatient tessPatient = patientOf(TESS);
        TestPatient ottoPatient = patientOf(OTTO);
        String tessPlan = Fixtures.draftPlan(TESS, tessPatient, ITEMS);

        // Otto treats the target but not the source: the source plan is as good as missing.
        create(OTTO, ottoPatient, Map.of("copyFromPlanId", tessPlan)).statusCode(404);
        // Tess treats the source but not the target.
        create(TESS, ottoPatient, Map.of("copyFromPlanId", tessPlan)).statusCode(404);
        // The patient, even their own plan.
        create(tessPatient.person(), tessPatient, Map.of("copyFromPlanId", tessPlan))
                .statusCode(403);
        Fixtures.get(OTTO, "/api/v1/plans?patientId=" + ottoPatient.id())
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aCopyNeedsAnExistingPlanOneStartAndAPatientWithoutAPlan() {
        TestPatient source = patientOf(TESS);
        TestPatient target = patientOf(TESS);
        String plan = Fixtures.draftPlan(TESS, source, ITEMS);
        create(TESS, target, Map.of("copyFromPlanId", "2b6f1c1e-3f0a-4c1e-9d1a-00000000dead"))
                .statusCode(404);
        create(TESS, target, Map.of("copyFromPlanId", plan, "protocolId", Fixtures.LOW_BACK))
                .statusCode(400)
                .body("violations[0].field", containsString("copyFromPlanId"));
        create(TESS, target, Map.of("copyFromPlanId", "not-a-uuid")).statusCode(400);
        create(TESS, source, Map.of("copyFromPlanId", plan)).statusCode(409);
        Fixtures.get(TESS, "/api/v1/plans?patientId=" + target.id())
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aTemplateIsSavedWithoutNotesAndAnotherTherapistStartsAPlanFromIt() {
        TestPatient patient = patientOf(TESS);
        String plan = Fixtures.publishedPlan(TESS, patient, ITEMS);

        String template = saveTemplate(
                        TESS, Map.of("name", "Desk workers, week 1", "summary", "Our usual start.", "planId", plan))
                .statusCode(201)
                .header("Location", containsString("/api/v1/protocols/"))
                .body("clinicTemplate", equalTo(true))
                .body("madeBy", equalTo("Tess Therapist"))
                .body("name", equalTo("Desk workers, week 1"))
                .body("slug", containsString("clinic-desk-workers-week-1-"))
                .body("conditions.size()", equalTo(0))
                .body("items.exerciseId", equalTo(List.of(Fixtures.HAMSTRING_STRETCH, Fixtures.BIRD_DOG)))
                .body("items.notes", everyItem(nullValue()))
                .extract()
                .path("id");
        given().auth()
                .oauth2(OTTO.token())
                .get("/api/v1/protocols")
                .then()
                .statusCode(200)
                .body("id", hasItem(template))
                .body("find { it.id == '" + template + "' }.madeBy", equalTo("Tess Therapist"))
                .body("find { it.slug == 'low-back' }.clinicTemplate", equalTo(false));

        TestPatient ottoPatient = patientOf(OTTO);
        String ottoPlan = Fixtures.createPlan(OTTO, ottoPatient.id(), template)
                .statusCode(201)
                .body("items.exerciseId", equalTo(List.of(Fixtures.HAMSTRING_STRETCH, Fixtures.BIRD_DOG)))
                .body("items.notes", everyItem(nullValue()))
                .extract()
                .path("planId");

        // Removed: gone from the list; the plan started from it keeps its items.
        given().auth()
                .oauth2(OTTO.token())
                .delete("/api/v1/protocols/" + template)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/protocols/" + template)
                .then()
                .statusCode(404);
        Fixtures.get(OTTO, "/api/v1/plans/" + ottoPlan + "/draft")
                .statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void aTemplateComesOnlyFromAPlanWithinReachWithANameAndBuiltInProtocolsStay() {
        TestPatient patient = patientOf(TESS);
        String plan = Fixtures.draftPlan(TESS, patient, ITEMS);
        saveTemplate(OTTO, Map.of("name", "Not mine", "planId", plan)).statusCode(404);
        saveTemplate(patient.person(), Map.of("name", "Mine", "planId", plan)).statusCode(403);
        saveTemplate(Tokens.ADAM, Map.of("name", "Admin's", "planId", plan)).statusCode(403);
        saveTemplate(TESS, Map.of("name", " ", "planId", plan)).statusCode(400);
        saveTemplate(TESS, Map.of("name", "x".repeat(121), "planId", plan)).statusCode(400);
        saveTemplate(TESS, Map.of("name", "No plan")).statusCode(400);
        saveTemplate(TESS, Map.of("name", "Empty", "planId", Fixtures.draftPlan(TESS, patientOf(TESS), List.of())))
                .statusCode(409);
        given().auth()
                .oauth2(TESS.token())
                .delete("/api/v1/protocols/" + Fixtures.LOW_BACK)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TESS.token())
                .delete("/api/v1/protocols/2b6f1c1e-3f0a-4c1e-9d1a-00000000dead")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(patient.person().token())
                .delete("/api/v1/protocols/" + Fixtures.LOW_BACK)
                .then()
                .statusCode(403);
        Fixtures.get(TESS, "/api/v1/protocols/" + Fixtures.LOW_BACK).statusCode(200);
    }

    @Test
    void slugsAreReadableAndUnique() {
        java.util.UUID id = java.util.UUID.fromString("7a1c3e5f-0000-4000-8000-000000000001");
        assertEquals("clinic-desk-workers-week-1-7a1c3e5f", ClinicTemplates.slug("Desk workers, week 1", id));
        assertEquals("clinic-rodilla-senor-7a1c3e5f", ClinicTemplates.slug("Rodilla, Señor!", id));
        assertEquals("clinic-7a1c3e5f", ClinicTemplates.slug("¡¿?!", id));
    }

    private static ValidatableResponse create(Tokens.Person caller, TestPatient patient, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("patientId", patient.id().toString());
        body.put("title", "Home programme");
        return given().auth()
                .oauth2(caller.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans")
                .then();
    }

    private static ValidatableResponse saveTemplate(Tokens.Person caller, Map<String, Object> body) {
        return given().auth()
                .oauth2(caller.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/protocols")
                .then();
    }

    private static Map<String, Object> withNotes(Map<String, Object> item, String notes) {
        Map<String, Object> copy = new HashMap<>(item);
        copy.put("notes", notes);
        return copy;
    }
}
