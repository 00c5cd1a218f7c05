package org.motus.patient.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.motus.patient.testing.Fixtures.sql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

/** The database holds the line even when the service is bypassed: pain 0-10, ownership, one key per patient. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class SchemaConstraintsTest {

    private static final String CHECK_IN =
            "insert into check_in (id, patient_id, kind, pain, session_id, occurred_at, idempotency_key, request_fingerprint) "
                    + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

    @Test
    void painOutsideZeroToTenIsRefused() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Schema Pain"));
        for (int pain : new int[] {-1, 11}) {
            assertThrows(
                    RuntimeException.class,
                    () -> sql(CHECK_IN, UUID.randomUUID(), pat.id(), "DAILY", pain, null, Instant.now(), null, null));
        }
        assertThrows(
                RuntimeException.class, () -> sql("update patient set baseline_pain = 11 where id = ?1", pat.id()));
        assertDoesNotThrow(
                () -> sql(CHECK_IN, UUID.randomUUID(), pat.id(), "DAILY", 10, null, Instant.now(), null, null));
    }

    @Test
    void anIdempotencyKeyIsUniquePerPatient() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Schema Key"));
        sql(CHECK_IN, UUID.randomUUID(), pat.id(), "DAILY", 3, null, Instant.now(), "k-1", "f");
        assertThrows(
                RuntimeException.class,
                () -> sql(CHECK_IN, UUID.randomUUID(), pat.id(), "DAILY", 3, null, Instant.now(), "k-1", "f"));
    }

    @Test
    void aCheckInCannotPointAtAnotherPatientsSessionNorAPatientThatDoesNotExist() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Schema Owner"));
        Enrolled paula = Fixtures.enrol(Tokens.patient("Paula Schema Owner"));
        UUID paulasSession = Fixtures.pastSession(paula.id(), Instant.now().minusSeconds(3600), 3);
        assertThrows(
                RuntimeException.class,
                () -> sql(CHECK_IN, UUID.randomUUID(), pat.id(), "AFTER", 3, paulasSession, Instant.now(), null, null));
        assertThrows(
                RuntimeException.class,
                () -> sql(CHECK_IN, UUID.randomUUID(), UUID.randomUUID(), "DAILY", 3, null, Instant.now(), null, null));
        assertThrows(
                RuntimeException.class,
                () -> sql(
                        CHECK_IN, UUID.randomUUID(), paula.id(), "DAILY", 3, paulasSession, Instant.now(), null, null));
    }

    @Test
    void oneReadingOfAKindPerSession() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Schema Kind"));
        UUID session = Fixtures.pastSession(pat.id(), Instant.now().minusSeconds(3600), 3);
        assertThrows(
                RuntimeException.class,
                () -> sql(CHECK_IN, UUID.randomUUID(), pat.id(), "BEFORE", 4, session, Instant.now(), null, null));
    }

    /** Issue 12: the database keeps the new fields on their rules whatever the service does. */
    @Test
    void ceilingZoneRedFlagsAndSeverityStayOnTheirRules() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Schema Safety"));
        UUID session = Fixtures.pastSession(pat.id(), Instant.now().minusSeconds(3600), 3);
        assertThrows(
                RuntimeException.class,
                () -> sql(
                        "update patient set activity_ceiling = 11, activity_ceiling_reason = 'r',"
                                + " activity_ceiling_set_by = 't', activity_ceiling_set_at = now() where id = ?1",
                        pat.id()));
        assertThrows(
                RuntimeException.class,
                () -> sql("update patient set activity_ceiling = 5 where id = ?1", pat.id()),
                "a ceiling without its reason");
        assertDoesNotThrow(() -> sql(
                "update patient set activity_ceiling = 5, activity_ceiling_reason = 'r',"
                        + " activity_ceiling_set_by = 't', activity_ceiling_set_at = now() where id = ?1",
                pat.id()));
        assertThrows(
                RuntimeException.class,
                () -> sql("update exercise_session set red_flags = 'chest pain' where id = ?1", session));
        assertDoesNotThrow(() ->
                sql("update exercise_session set red_flags = 'CHEST_SYMPTOMS,NIGHT_PAIN' where id = ?1", session));
        assertThrows(
                RuntimeException.class,
                () -> sql("update exercise_session set ceiling_used = 11 where id = ?1", session));
        String flag =
                "insert into flag (id, patient_id, session_id, kind, severity, detail, open_key) values (?1, ?2, ?3, ?4, ?5, 'd', ?6)";
        assertThrows(
                RuntimeException.class,
                () -> sql(flag, UUID.randomUUID(), pat.id(), session, "RED_FLAG", "SOMETIMES", null));
        assertThrows(
                RuntimeException.class,
                () -> sql(flag, UUID.randomUUID(), pat.id(), session, "HEADACHE", "URGENT", null));
        assertDoesNotThrow(
                () -> sql(flag, UUID.randomUUID(), pat.id(), null, "WORSENING_TREND", "HIGH", "WORSENING_TREND"));
        assertThrows(
                RuntimeException.class,
                () -> sql(flag, UUID.randomUUID(), pat.id(), null, "WORSENING_TREND", "HIGH", "WORSENING_TREND"),
                "one open trend flag per kind");
        assertThrows(
                RuntimeException.class,
                () -> sql(
                        "insert into session_item (session_id, position, exercise_id,"
                                + " target_zone_low_percent) values (?1, 2, ?2, 50)",
                        session,
                        UUID.randomUUID()),
                "a zone needs both ends");
    }
}
