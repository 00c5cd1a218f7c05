package org.motus.patient.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.access.AccessLog;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens;
import org.motus.problem.fhir.Fhir;

/**
 * Two replicas' workers on one job: the application's own (scheduled every second) and a second
 * one built here with its own lease owner. While a claim holds the job's row, neither takes it; once
 * free it is claimed and written once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExportReplicasTest {

    @Inject
    AgroalDataSource database;

    @Inject
    Clock clock;

    @Inject
    ExportConfig config;

    @Inject
    AccessLog log;

    @Inject
    Fhir fhir;

    private UUID queue() {
        UUID job = UUID.randomUUID();
        Fixtures.sql(
                "insert into bulk_export_job (id, status, requester_subject, requester_name, requester_roles,"
                        + " request_url, output_format, types, requested_at)"
                        + " values (?1, 'QUEUED', ?2, 'Adam Admin', 'admin', 'http://localhost/fhir/R4/$export',"
                        + " 'application/fhir+ndjson', 'PATIENT', now())",
                job,
                Tokens.admin("Replica Admin").subject());
        return job;
    }

    @Test
    void aJobHeldByOneReplicasClaimIsSkippedByTheOthersAndWrittenOnce() throws Exception {
        ExportWorker otherReplica = new ExportWorker(clock, config, log, fhir);
        try (Connection claiming = database.getConnection()) {
            claiming.setAutoCommit(false);
            UUID job = null;
            // The scheduled worker may take a fresh job before this test locks it: queue another then.
            for (int attempt = 0; attempt < 10 && job == null; attempt++) {
                UUID candidate = queue();
                try (PreparedStatement lock = claiming.prepareStatement(
                        "select id from bulk_export_job where id = ? and status = 'QUEUED' for update")) {
                    lock.setObject(1, candidate);
                    try (ResultSet locked = lock.executeQuery()) {
                        if (locked.next()) {
                            job = candidate;
                        }
                    }
                }
            }
            assertNotEquals(null, job, "no job could be locked before the scheduled worker took it");
            UUID held = job;

            assertNotEquals(Optional.of(held), otherReplica.claim());
            // The scheduled worker runs every second meanwhile and must skip it too.
            Awaitility.await()
                    .during(Duration.ofMillis(2500))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> Fixtures.count(
                                    "select count(*) from bulk_export_job where id = ?1 and status = 'QUEUED'"
                                            + " and attempts = 0",
                                    held)
                            == 1);

            claiming.rollback(); // the holding replica lets go without taking it

            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> Fixtures.count(
                                    "select count(*) from bulk_export_job where id = ?1 and status = 'COMPLETED'", held)
                            == 1);
            assertEquals(1, Fixtures.count("select attempts from bulk_export_job where id = ?1", held));
        }
    }
}
