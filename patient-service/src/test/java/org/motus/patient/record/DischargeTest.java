package org.motus.patient.record;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;

/**
 * Discharge ends an episode of care: the record stays readable to the care team and the patient
 * (history), refuses every change, and leaves the active caseload until reactivated; both audited.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DischargeTest {

    private static final String PATIENT = "/api/v1/patients/{id}";

    @Test
    void aDischargedPatientIsReadOnlyReadableAndOffTheActiveCaseloadUntilReactivated() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.logSession(clinic.pat(), 3, 3, 3);
        as(clinic.tess())
                .body(Map.of("note", "Goals met."))
                .post(PATIENT + "/discharge", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("status", equalTo("DISCHARGED"))
                .body("dischargedAt", notNullValue())
                .body("discharge", nullValue());

        as(clinic.tess()).get("/api/v1/caseload").then().statusCode(200).body("$", hasSize(0));
        as(clinic.tess())
                .get(PATIENT, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("discharge.dischargedBy", equalTo(clinic.tess().subject()))
                .body("discharge.note", equalTo("Goals met."))
                .body("discharge.dischargedAt", notNullValue());
        as(clinic.tess())
                .get(PATIENT + "/sessions", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        as(clinic.pat().person()).get(PATIENT, clinic.pat().id()).then().statusCode(200);

        long checkIns = Fixtures.rows("check_in", clinic.pat().id());
        as(clinic.pat().person())
                .body(checkIn("DAILY", 3))
                .post(PATIENT + "/check-ins", clinic.pat().id())
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:motus:problem:conflict"));
        as(clinic.tess())
                .body(Map.of("sessionsPerWeek", 4))
                .put(PATIENT + "/prescribed-frequency", clinic.pat().id())
                .then()
                .statusCode(409);
        as(clinic.admin())
                .body(Map.of("note", "Again."))
                .post(PATIENT + "/discharge", clinic.pat().id())
                .then()
                .statusCode(409);
        assertEquals(checkIns, Fixtures.rows("check_in", clinic.pat().id()));

        as(clinic.admin())
                .post(PATIENT + "/reactivation", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_CARE"))
                .body("dischargedAt", nullValue());
        as(clinic.tess()).get("/api/v1/caseload").then().statusCode(200).body("$", hasSize(1));
        as(clinic.pat().person())
                .body(checkIn("DAILY", 3))
                .post(PATIENT + "/check-ins", clinic.pat().id())
                .then()
                .statusCode(201);
        assertEquals(1, Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "DISCHARGE", "SUCCESS"));
        assertEquals(1, Fixtures.auditRows(clinic.pat().id(), clinic.admin().subject(), "REACTIVATE", "SUCCESS"));
    }

    @Test
    void reactivatingAPatientInCareIsA409AndADischargeNoteHasALimit() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.tess())
                .post(PATIENT + "/reactivation", clinic.pat().id())
                .then()
                .statusCode(409);
        as(clinic.tess())
                .body(Map.of("note", "n".repeat(2001)))
                .post(PATIENT + "/discharge", clinic.pat().id())
                .then()
                .statusCode(400);
        as(clinic.tess())
                .body(Map.of("note", 5))
                .post(PATIENT + "/discharge", clinic.pat().id())
                .then()
                .statusCode(400);
        as(clinic.tess()).get(PATIENT, clinic.pat().id()).then().body("discharge", nullValue());
    }

    @Test
    void anAdminRenamesARecordButATherapistCannot() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.admin())
                .body(Map.of("displayName", "  Patricia Patient "))
                .put(PATIENT + "/details", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Patricia Patient"));
        as(clinic.tess())
                .body(Map.of("displayName", "Pat"))
                .put(PATIENT + "/details", clinic.pat().id())
                .then()
                .statusCode(403);
        as(clinic.admin())
                .body(Map.of("displayName", ""))
                .put(PATIENT + "/details", clinic.pat().id())
                .then()
                .statusCode(400);
    }

    @Test
    void aRecordForASubjectThatIsNoPatientAccountIsA422() {
        Clinic clinic = Fixtures.clinic();
        for (String subject :
                java.util.List.of("0", "no-such-account", clinic.tess().subject())) {
            as(clinic.admin())
                    .body(Map.of("subject", subject, "displayName", "Nobody"))
                    .post("/api/v1/patients")
                    .then()
                    .statusCode(422)
                    .body("type", equalTo("urn:motus:problem:rule-violation"));
        }
        assertEquals(0, Fixtures.count("select count(*) from patient where subject in ('0', 'no-such-account')"));
    }
}
