package org.motus.patient.audit;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.auditRows;
import static org.motus.patient.testing.Fixtures.checkIn;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AuditTrailTest {

    private static final String TRAIL = "/api/v1/patients/{id}/audit-events";

    @Test
    void readsWritesAndDenialsLeaveRowsAnAdminCanQuery() {
        Clinic clinic = Fixtures.clinic();
        Instant start = Instant.now().minusSeconds(1);
        UUID pat = clinic.pat().id();

        as(clinic.pat().person())
                .body(checkIn("DAILY", 4))
                .post("/api/v1/patients/{id}/check-ins", pat)
                .then()
                .statusCode(201);
        as(clinic.tess()).get("/api/v1/patients/{id}/check-ins", pat).then().statusCode(200);
        as(clinic.paula().person())
                .get("/api/v1/patients/{id}/check-ins", pat)
                .then()
                .statusCode(404);
        as(clinic.admin()).get("/api/v1/patients/{id}/check-ins", pat).then().statusCode(403);

        assertEquals(1, auditRows(pat, clinic.pat().person().subject(), "RECORD_CHECK_IN", "SUCCESS"), "a write");
        assertEquals(1, auditRows(pat, clinic.tess().subject(), "READ_CHECK_INS", "SUCCESS"), "a read");
        assertEquals(
                1,
                auditRows(pat, clinic.paula().person().subject(), "READ_CHECK_INS", "DENIED"),
                "a denial, outside reach");
        assertEquals(
                1, auditRows(pat, clinic.admin().subject(), "READ_CHECK_INS", "DENIED"), "a denial, not for the role");

        as(clinic.admin())
                .queryParam("from", start.toString())
                .queryParam("to", Instant.now().toString())
                .get(TRAIL, pat)
                .then()
                .statusCode(200)
                .body("patientId", everyItem(equalTo(pat.toString())))
                .body("action", hasItem("RECORD_CHECK_IN"))
                .body("outcome", hasItem("DENIED"))
                .body(
                        "find { it.action == 'READ_CHECK_INS' && it.outcome == 'DENIED' && it.actorRoles == 'patient' }.actorSubject",
                        equalTo(clinic.paula().person().subject()));
        as(clinic.admin())
                .queryParam("to", start.minusSeconds(3600).toString())
                .get(TRAIL, pat)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        as(clinic.admin())
                .queryParam("limit", 2)
                .get(TRAIL, pat)
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
    }

    @Test
    void aFailedWriteIsAuditedAsFailedAndStoresNothing() {
        Clinic clinic = Fixtures.clinic();
        UUID session = Fixtures.logSession(clinic.pat(), 3, 3, 3);
        as(clinic.pat().person())
                .body(checkIn("AFTER", 3, session))
                .post("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(409);
        assertEquals(1, auditRows(clinic.pat().id(), clinic.pat().person().subject(), "RECORD_CHECK_IN", "FAILED"));
        assertEquals(0, auditRows(clinic.pat().id(), clinic.pat().person().subject(), "RECORD_CHECK_IN", "SUCCESS"));
    }

    @Test
    void probesForRecordsThatDoNotExistAreAuditedToo() {
        Clinic clinic = Fixtures.clinic();
        UUID nobody = UUID.randomUUID();
        as(clinic.stranger()).get("/api/v1/patients/{id}", nobody).then().statusCode(404);
        assertEquals(1, auditRows(nobody, clinic.stranger().subject(), "READ_RECORD", "NOT_FOUND"));
    }

    @Test
    void theTrailCannotBeChangedThroughTheApi() {
        Clinic clinic = Fixtures.clinic();
        long rows = Fixtures.count(
                "select count(*) from audit_event where patient_id = ?1",
                clinic.pat().id());
        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            // No such operation exists; Quarkus REST answers 404 (not 405) where resource paths overlap.
            as(clinic.admin())
                    .body("{}")
                    .request(method, TRAIL, clinic.pat().id())
                    .then()
                    .statusCode(anyOf(equalTo(404), equalTo(405)))
                    .contentType("application/problem+json");
        }
        as(clinic.pat().person()).get(TRAIL, clinic.pat().id()).then().statusCode(403);
        as(clinic.tess()).get(TRAIL, clinic.pat().id()).then().statusCode(403);
        assertTrue(
                Fixtures.count(
                                "select count(*) from audit_event where patient_id = ?1",
                                clinic.pat().id())
                        >= rows,
                "nothing was removed");
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditRows() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        long before = Fixtures.count("select count(*) from audit_event where patient_id = ?1", pat);
        assertThrows(
                RuntimeException.class,
                () -> Fixtures.sql("update audit_event set outcome = 'SUCCESS' where patient_id = ?1", pat));
        assertThrows(RuntimeException.class, () -> Fixtures.sql("delete from audit_event where patient_id = ?1", pat));
        assertThrows(RuntimeException.class, () -> Fixtures.sql("truncate audit_event"));
        assertEquals(before, Fixtures.count("select count(*) from audit_event where patient_id = ?1", pat));
    }
}
