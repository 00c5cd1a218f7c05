package org.motus.patient.prom;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;

/** The therapist assigns PROMs (rule 19): on demand, before discharge, and the regular schedule per instrument. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PromAssignmentTest {

    private static final String ASSIGNMENTS = "/api/v1/patients/{id}/prom-assignments";
    private static final String PROMS = "/api/v1/patients/{id}/proms";

    private static Map<String, Object> assign(Object instrument, Object reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("instrument", instrument);
        body.put("reason", reason);
        return body;
    }

    private static long assignments(UUID patientId) {
        return Fixtures.count("select count(*) from prom_assignment where patient_id = ?1", patientId);
    }

    private static long notices(String recipient) {
        return Fixtures.count(
                "select count(*) from notification where recipient_subject = ?1 and topic = 'PROM_ASSIGNED'",
                recipient);
    }

    @Test
    void aDischargeAssignmentIsDueForThePatientWhoIsToldOnceUntilTheyAnswerIt() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        // pat answered both at baseline: nothing is due on the regular schedule for two weeks.
        as(clinic.pat().person())
                .body(PromResourceTest.psfs(3, 4, 5))
                .post(PROMS, pat)
                .then()
                .statusCode(201);
        as(clinic.pat().person())
                .body(PromResourceTest.peg(6, 6, 6))
                .post(PROMS, pat)
                .then()
                .statusCode(201);
        as(clinic.pat().person())
                .get(PROMS + "/due", pat)
                .then()
                .statusCode(200)
                .body("$", empty());

        String id = as(clinic.tess())
                .body(assign("PSFS", "DISCHARGE"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(201)
                .body("instrument", equalTo("PSFS"))
                .body("reason", equalTo("DISCHARGE"))
                .body("assignedBy", equalTo(clinic.tess().subject()))
                .extract()
                .path("id");
        as(clinic.pat().person())
                .get(PROMS + "/due", pat)
                .then()
                .statusCode(200)
                .body("instrument", equalTo(List.of("PSFS")))
                .body("reason", equalTo(List.of("DISCHARGE")));
        // Asking again keeps the open one and tells the patient once.
        as(clinic.tess())
                .body(assign("PSFS", "ON_DEMAND"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("reason", equalTo("DISCHARGE"));
        assertEquals(1, assignments(pat));
        assertEquals(1, notices(clinic.pat().person().subject()));
        as(clinic.pat().person())
                .get(ASSIGNMENTS, pat)
                .then()
                .statusCode(200)
                .body("open.id", equalTo(List.of(id)))
                .body("schedule.everyTwoWeeks", equalTo(List.of(true, true)));

        as(clinic.pat().person())
                .body(PromResourceTest.psfs(7, 7, 8))
                .post(PROMS, pat)
                .then()
                .statusCode(201);
        as(clinic.pat().person())
                .get(PROMS + "/due", pat)
                .then()
                .statusCode(200)
                .body("$", empty());
        as(clinic.tess()).get(ASSIGNMENTS, pat).then().statusCode(200).body("open", empty());
        // Answered: it can no longer be withdrawn; a new one can be made.
        as(clinic.tess()).delete(ASSIGNMENTS + "/{a}", pat, id).then().statusCode(409);
        as(clinic.tess())
                .body(assign("PSFS", "ON_DEMAND"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(201)
                .body("id", not(equalTo(id)));
    }

    @Test
    void anOnDemandAssignmentIsDueEvenWithTheRegularScheduleOffAndCanBeWithdrawn() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        as(clinic.tess())
                .body(Map.of("instruments", List.of(Map.of("instrument", "PEG_3", "everyTwoWeeks", false))))
                .put(ASSIGNMENTS + "/schedule", pat)
                .then()
                .statusCode(200)
                .body("schedule.find { it.instrument == 'PEG_3' }.everyTwoWeeks", equalTo(false))
                .body("schedule.find { it.instrument == 'PSFS' }.everyTwoWeeks", equalTo(true));
        // Off: not even the baseline is due; PSFS keeps its baseline.
        as(clinic.pat().person())
                .get(PROMS + "/due", pat)
                .then()
                .statusCode(200)
                .body("instrument", equalTo(List.of("PSFS")));

        String id = as(clinic.tess())
                .body(assign("PEG_3", "ON_DEMAND"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(clinic.pat().person())
                .get(PROMS + "/due", pat)
                .then()
                .statusCode(200)
                .body("find { it.instrument == 'PEG_3' }.reason", equalTo("ON_DEMAND"));

        as(clinic.tess()).delete(ASSIGNMENTS + "/{a}", pat, id).then().statusCode(204);
        as(clinic.tess()).delete(ASSIGNMENTS + "/{a}", pat, id).then().statusCode(204);
        as(clinic.pat().person())
                .get(PROMS + "/due", pat)
                .then()
                .statusCode(200)
                .body("instrument", equalTo(List.of("PSFS")));
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from prom_assignment where id = ?1 and withdrawn_by = ?2",
                        UUID.fromString(id),
                        clinic.tess().subject()));
    }

    @Test
    void malformedInputIsRefusedAndWritesNothing() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        for (Map<String, Object> bad : List.of(
                assign("PSFS", "BASELINE"),
                assign("PSFS", "FOLLOW_UP"),
                assign("PROMIS_PI_4A", "ON_DEMAND"),
                assign(null, "ON_DEMAND"),
                assign("PSFS", null),
                assign(7, "ON_DEMAND"),
                assign("PSFS", List.of("DISCHARGE")))) {
            as(clinic.tess())
                    .body(bad)
                    .post(ASSIGNMENTS, pat)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        as(clinic.tess()).body("not json").post(ASSIGNMENTS, pat).then().statusCode(400);
        as(clinic.tess()).delete(ASSIGNMENTS + "/not-a-uuid", pat).then().statusCode(404);
        as(clinic.tess())
                .delete(ASSIGNMENTS + "/{a}", pat, UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Map<String, Object> everyTwoWeeksMissing = new HashMap<>();
        everyTwoWeeksMissing.put("instrument", "PSFS");
        everyTwoWeeksMissing.put("everyTwoWeeks", null);
        for (Object bad : List.of(
                Map.of("instruments", List.of()),
                Map.of("instruments", List.of(everyTwoWeeksMissing)),
                Map.of("instruments", List.of(Map.of("instrument", "PSFS", "everyTwoWeeks", "sometimes"))),
                Map.of())) {
            as(clinic.tess())
                    .body(bad)
                    .put(ASSIGNMENTS + "/schedule", pat)
                    .then()
                    .statusCode(400);
        }
        as(clinic.tess())
                .body(Map.of(
                        "instruments",
                        List.of(
                                Map.of("instrument", "PSFS", "everyTwoWeeks", false),
                                Map.of("instrument", "PSFS", "everyTwoWeeks", true))))
                .put(ASSIGNMENTS + "/schedule", pat)
                .then()
                .statusCode(422);
        assertEquals(0, assignments(pat));
        assertEquals(0, Fixtures.count("select count(*) from prom_schedule_choice where patient_id = ?1", pat));
    }

    @Test
    void onlyTheTreatingTherapistAssignsAndOthersGet404OrForbidden() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        String id = as(clinic.tess())
                .body(assign("PSFS", "ON_DEMAND"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Another patient and a therapist outside the caseload: as if pat did not exist.
        as(clinic.paula().person())
                .body(assign("PEG_3", "ON_DEMAND"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(404);
        as(clinic.paula().person()).get(ASSIGNMENTS, pat).then().statusCode(404);
        as(clinic.stranger()).delete(ASSIGNMENTS + "/{a}", pat, id).then().statusCode(404);
        as(clinic.stranger()).get(ASSIGNMENTS, pat).then().statusCode(404);
        // pat's assignment through paula's own record is not paula's to see or withdraw.
        as(clinic.paula().person())
                .delete(ASSIGNMENTS + "/{a}", clinic.paula().id(), id)
                .then()
                .statusCode(403);
        // The patient does not assign themself; an admin reads no clinical data.
        as(clinic.pat().person())
                .body(assign("PEG_3", "ON_DEMAND"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(403);
        as(clinic.pat().person()).delete(ASSIGNMENTS + "/{a}", pat, id).then().statusCode(403);
        as(clinic.admin()).get(ASSIGNMENTS, pat).then().statusCode(403);
        as(clinic.admin())
                .body(assign("PEG_3", "ON_DEMAND"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(403);
        assertEquals(1, assignments(pat));
        as(clinic.tess()).get(ASSIGNMENTS, pat).then().statusCode(200).body("open", hasSize(1));
        assertEquals(1, Fixtures.auditRows(pat, clinic.paula().person().subject(), "ASSIGN_PROMS", "DENIED"));
        // A therapist withdrawing through another patient's path finds nothing.
        Fixtures.assign(clinic.paula().id(), clinic.tess());
        as(clinic.tess())
                .delete(ASSIGNMENTS + "/{a}", clinic.paula().id(), id)
                .then()
                .statusCode(404);
        as(clinic.tess()).get(ASSIGNMENTS, pat).then().body("open[0].id", equalTo(id));
    }

    @Test
    void aDischargedRecordTakesNoNewAssignmentAndShowsNothingDue() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        as(clinic.tess())
                .body(assign("PSFS", "DISCHARGE"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(201);
        as(clinic.tess())
                .body(Map.of("note", "Goals met."))
                .post("/api/v1/patients/{id}/discharge", pat)
                .then()
                .statusCode(200);
        as(clinic.tess())
                .body(assign("PEG_3", "ON_DEMAND"))
                .post(ASSIGNMENTS, pat)
                .then()
                .statusCode(409);
        as(clinic.pat().person())
                .get(PROMS + "/due", pat)
                .then()
                .statusCode(200)
                .body("$", empty());
        as(clinic.tess()).get(ASSIGNMENTS, pat).then().statusCode(200).body("open[0].withdrawnAt", nullValue());
    }
}
