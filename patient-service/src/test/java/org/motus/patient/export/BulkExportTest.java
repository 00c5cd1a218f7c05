package org.motus.patient.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.FhirValidation;

/**
 * The clinic-wide $export end to end on real PostgreSQL, the worker running on its schedule (every
 * second in tests, parts of at most 7 resources): kick-off, polling, the manifest, every file.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class BulkExportTest {

    private static final String ASYNC = "respond-async";

    // ---- the requests, as a client of the IG makes them

    private static Response kickOff(Person caller, String operation) {
        return given().auth()
                .oauth2(caller.token())
                .urlEncodingEnabled(false)
                .header("Prefer", ASYNC)
                .header("Accept", "application/fhir+json")
                .get("/fhir/R4/" + operation);
    }

    private static String statusPath(Response kickOff) {
        kickOff.then().statusCode(202);
        String location = kickOff.header("Content-Location");
        return location.substring(location.indexOf("/fhir/R4/"));
    }

    private static Response get(Person caller, String pathOrUrl) {
        return given().auth().oauth2(caller.token()).urlEncodingEnabled(false).get(pathOrUrl);
    }

    /** Polls the status URL until the export is done (200 or 500), as a client would. */
    private static Response awaitDone(Person caller, String status) {
        Response[] last = new Response[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = get(caller, status);
                    if (last[0].statusCode() == 202) {
                        assertTrue(last[0].header("X-Progress") != null, "202 carries X-Progress");
                        assertTrue(last[0].header("Retry-After") != null, "202 carries Retry-After");
                        return false;
                    }
                    return true;
                });
        return last[0];
    }

    private static UUID jobOf(String status) {
        return UUID.fromString(status.substring(status.lastIndexOf('/') + 1));
    }

    /** What the database holds of each type, as the export must write it. */
    private static Map<String, Long> inDatabase() {
        Map<String, Long> counts = new HashMap<>();
        counts.put("Patient", Fixtures.count("select count(*) from patient"));
        counts.put("CareTeam", Fixtures.count("select count(*) from patient"));
        counts.put("Consent", Fixtures.count("select count(*) from consent_decision"));
        counts.put(
                "Observation",
                Fixtures.count("select count(*) from check_in")
                        + Fixtures.count("select count(*) from exercise_session where peak_heart_rate_bpm is not null")
                        + Fixtures.count(
                                "select count(*) from exercise_session where average_heart_rate_bpm is not null"));
        counts.put("Flag", Fixtures.count("select count(*) from flag"));
        counts.put("QuestionnaireResponse", Fixtures.count("select count(*) from prom_response"));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    /** A clinic with check-ins, a session (heart rate, a flag), a PROM and consents for two patients. */
    private static Clinic clinicWithData() {
        Clinic clinic = Fixtures.clinic();
        for (int day = 1; day <= 9; day++) {
            Fixtures.pastCheckIn(
                    clinic.pat().id(), "DAILY", day % 10, Instant.now().minus(Duration.ofDays(day)));
            Fixtures.pastCheckIn(clinic.paula().id(), "DAILY", 2, Instant.now().minus(Duration.ofDays(day)));
        }
        Fixtures.logSession(clinic.pat(), 3, 5, 3); // above the ceiling: a flag, and two heart rates
        Fixtures.as(clinic.pat().person())
                .body(Map.of(
                        "instrument",
                        "PEG_3",
                        "items",
                        List.of(
                                Map.of("item", "pain", "value", 6),
                                Map.of("item", "enjoyment", "value", 5),
                                Map.of("item", "activity", "value", 4))))
                .post("/api/v1/patients/{id}/proms", clinic.pat().id())
                .then()
                .statusCode(201);
        Fixtures.remoteMonitoringConsentSince(clinic.paula().id(), Instant.now().minus(Duration.ofDays(3)));
        return clinic;
    }

    /** Downloads every file of a manifest; checks each line and answers the resources by type. */
    private static Map<String, List<IBaseResource>> download(Person caller, JsonPath manifest) {
        Map<String, List<IBaseResource>> byType = new HashMap<>();
        List<Map<String, Object>> output = manifest.getList("output");
        for (Map<String, Object> file : output) {
            String type = (String) file.get("type");
            int count = (Integer) file.get("count");
            assertTrue(count >= 1 && count <= 7, "a part holds 1 to part-size resources: " + count);
            Response answer = get(caller, (String) file.get("url"));
            answer.then().statusCode(200).contentType(startsWith("application/fhir+ndjson"));
            String body = new String(answer.asByteArray(), StandardCharsets.UTF_8);
            assertTrue(body.endsWith("\n"));
            String[] lines = body.split("\n");
            assertEquals(count, lines.length, "the manifest's count is the file's lines");
            for (String line : lines) {
                assertEquals(List.of(), FhirValidation.errors(line), line);
                IBaseResource resource = FhirValidation.parse(line);
                assertEquals(type, resource.fhirType());
                byType.computeIfAbsent(type, k -> new ArrayList<>()).add(resource);
            }
        }
        return byType;
    }

    private static long exportAudit(Person caller, UUID patientId, String action, String outcome) {
        return patientId == null
                ? Fixtures.count(
                        "select count(*) from audit_event where patient_id is null and actor_subject = ?1"
                                + " and action = ?2 and outcome = ?3",
                        caller.subject(),
                        action,
                        outcome)
                : Fixtures.auditRows(patientId, caller.subject(), action, outcome);
    }

    private static long jobs() {
        return Fixtures.count("select count(*) from bulk_export_job");
    }

    // ---- the tests

    @Test
    void anAdminExportsEveryResourceOfTheClinicAsValidNdjsonFiles() {
        Clinic clinic = clinicWithData();
        Person admin = clinic.admin();

        Response kickOff = given().auth()
                .oauth2(admin.token())
                .urlEncodingEnabled(false)
                .header("Prefer", ASYNC)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "motus.example")
                .get("/fhir/R4/$export");
        kickOff.then().statusCode(202);
        assertTrue(
                kickOff.header("Content-Location").startsWith("https://motus.example/fhir/R4/$export-status/"),
                "the status URL is the gateway's public one: " + kickOff.header("Content-Location"));
        Map<String, Long> expected = inDatabase();
        String status = statusPath(kickOff);
        assertEquals(1, exportAudit(admin, null, "BULK_EXPORT", "SUCCESS"), "the kick-off is audited");

        Response done = awaitDone(admin, status);
        done.then().statusCode(200).contentType(startsWith("application/json"));
        JsonPath manifest = done.jsonPath();
        assertTrue(Instant.parse(manifest.getString("transactionTime")).isBefore(Instant.now()));
        assertTrue(manifest.getString("request").endsWith("/fhir/R4/$export"), manifest.getString("request"));
        assertTrue(manifest.getBoolean("requiresAccessToken"));
        assertEquals(List.of(), manifest.getList("error"));

        Map<String, List<IBaseResource>> exported = download(admin, manifest);
        Map<String, Long> counts = new HashMap<>();
        exported.forEach((type, resources) -> counts.put(type, (long) resources.size()));
        assertEquals(expected, counts, "every row the database holds, once");
        assertTrue(exported.get("Observation").size() > 7, "Observations were split into several parts");
        Set<String> patients = new HashSet<>();
        exported.get("Patient").forEach(p -> patients.add(p.getIdElement().getIdPart()));
        assertTrue(patients.containsAll(
                Set.of(clinic.pat().idText(), clinic.paula().idText())));
        assertEquals(expected.get("Patient"), (long) patients.size(), "no Patient twice");

        UUID job = jobOf(status);
        for (UUID patient : List.of(clinic.pat().id(), clinic.paula().id())) {
            assertEquals(
                    1,
                    Fixtures.count(
                            "select count(*) from audit_event where patient_id = ?1 and actor_subject = ?2"
                                    + " and action = 'BULK_EXPORT' and outcome = 'SUCCESS' and detail like ?3",
                            patient,
                            admin.subject(),
                            "%" + job + "%"),
                    "one audit row per exported patient");
        }
        assertEquals(
                manifest.getList("output").size(),
                exportAudit(admin, null, "DOWNLOAD_BULK_EXPORT", "SUCCESS"),
                "every download is audited");
    }

    @Test
    void typeAndSinceKeepOnlyThoseTypesRecordedSince() {
        Clinic clinic = clinicWithData();
        Instant since = Instant.now();
        Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 4, Instant.now().minus(Duration.ofHours(1)));

        String status = statusPath(kickOff(
                clinic.admin(),
                "Patient/%24export?_type=Observation,Flag&_outputFormat=ndjson&_since=" + since.toString()));
        JsonPath manifest = awaitDone(clinic.admin(), status)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(manifest.getString("request")
                .endsWith("/fhir/R4/Patient/$export?_type=Observation,Flag" + "&_outputFormat=ndjson&_since=" + since));

        Map<String, List<IBaseResource>> exported = download(clinic.admin(), manifest);
        // Other test classes share the database and may hold rows stamped later than now (a moved
        // clock): count this clinic's patients only.
        List<IBaseResource> ours = exported.getOrDefault("Observation", List.of()).stream()
                .filter(o -> {
                    String subject =
                            ((org.hl7.fhir.r4.model.Observation) o).getSubject().getReference();
                    return subject.equals("Patient/" + clinic.pat().id())
                            || subject.equals("Patient/" + clinic.paula().id());
                })
                .toList();
        assertEquals(1, ours.size(), "pat's one check-in recorded since");
        assertEquals(
                "Patient/" + clinic.pat().id(),
                ((org.hl7.fhir.r4.model.Observation) ours.get(0)).getSubject().getReference());
        assertTrue(
                exported.getOrDefault("Flag", List.of()).stream()
                        .map(f -> ((org.hl7.fhir.r4.model.Flag) f).getSubject().getReference())
                        .noneMatch(subject -> subject.equals(
                                        "Patient/" + clinic.pat().id())
                                || subject.equals("Patient/" + clinic.paula().id())),
                "no flag was raised since for this clinic");
        UUID job = jobOf(status);
        assertEquals(
                0,
                Fixtures.count(
                        "select count(*) from audit_event where patient_id = ?1 and action = 'BULK_EXPORT'"
                                + " and detail like ?2",
                        clinic.paula().id(),
                        "%" + job + "%"),
                "paula's data is not in the files: no row for her");
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from audit_event where patient_id = ?1 and action = 'BULK_EXPORT'"
                                + " and detail like ?2",
                        clinic.pat().id(),
                        "%" + job + "%"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "$export?_type=Practitioner",
                "$export?_type=Patient,Nonsense",
                "$export?_outputFormat=application/fhir%2Bjson",
                "$export?_since=2026-12-01",
                "$export?_since=yesterday",
                "$export?_typeFilter=Observation%3Fcode%3Dx",
                "Patient/$export?_elements=id",
                "$export?_since=2026-12-01T00:00:00Z&_since=2026-12-02T00:00:00Z"
            })
    void aBadParameterIsA400OperationOutcomeAndQueuesNothing(String operation) {
        Person admin = Tokens.admin("Bad Parameters");
        long before = jobs();
        kickOff(admin, operation)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("invalid"));
        assertEquals(before, jobs());
    }

    @Test
    void withoutPreferRespondAsyncNothingIsQueued() {
        Person admin = Tokens.admin("Synchronous");
        long before = jobs();
        Response answer = get(admin, "/fhir/R4/$export");
        answer.then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        assertEquals(List.of(), FhirValidation.errors(answer.asString()));
        assertEquals(before, jobs());
    }

    @Test
    void patientsAndTherapistsAreRefusedAndTheRefusalIsAudited() {
        Clinic clinic = Fixtures.clinic();
        long before = jobs();
        for (Person caller : List.of(clinic.pat().person(), clinic.tess())) {
            for (String operation : List.of("$export", "Patient/$export", "%24export?_type=Nonsense")) {
                kickOff(caller, operation)
                        .then()
                        .statusCode(403)
                        .body("resourceType", equalTo("OperationOutcome"))
                        .body("issue[0].code", equalTo("forbidden"));
            }
            assertEquals(3, exportAudit(caller, null, "BULK_EXPORT", "DENIED"), caller.name());
        }
        assertEquals(before, jobs());
    }

    @Test
    void aBackendServiceWithSystemWideReadExportsAndNarrowerScopesAreRefused() {
        Clinic clinic = clinicWithData();
        String warehouse = org.motus.patient.testing.Tokens.machine("data-warehouse", "system/*.read")
                .token();
        Response kickOff = given().auth()
                .oauth2(warehouse)
                .urlEncodingEnabled(false)
                .header("Prefer", ASYNC)
                .get("/fhir/R4/$export?_type=Patient");
        String status = statusPath(kickOff);
        Response[] last = new Response[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = given().auth().oauth2(warehouse).get(status);
                    return last[0].statusCode() != 202;
                });
        last[0].then().statusCode(200);
        String url = last[0].jsonPath().getString("output[0].url");
        given().auth().oauth2(warehouse).get(url).then().statusCode(200);
        // Its job is its own: an admin does not see it.
        get(clinic.admin(), status).then().statusCode(404);
        assertTrue(Fixtures.count(
                        "select count(*) from audit_event where action = 'BULK_EXPORT' and patient_id = ?1"
                                + " and actor_roles like '%fhir-client%'",
                        clinic.pat().id())
                >= 1);

        // A scope for some types, or for one patient, does not export the clinic.
        long before = jobs();
        for (String token : List.of(
                org.motus.patient.testing.Tokens.machine("registry", "system/Patient.read system/Observation.read")
                        .token(),
                org.motus.patient.testing.Tokens.machineFor(
                                "device", "patient/*.read", clinic.pat().id())
                        .token())) {
            for (String operation : List.of("$export", "Patient/$export")) {
                given().auth()
                        .oauth2(token)
                        .urlEncodingEnabled(false)
                        .header("Prefer", ASYNC)
                        .get("/fhir/R4/" + operation)
                        .then()
                        .statusCode(403)
                        .body("resourceType", equalTo("OperationOutcome"));
            }
        }
        assertEquals(before, jobs());
    }

    @Test
    void aJobAndItsFilesAreTheRequestersAlone() {
        Clinic clinic = Fixtures.clinic();
        String status = statusPath(kickOff(clinic.admin(), "$export?_type=Patient"));
        JsonPath manifest = awaitDone(clinic.admin(), status)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String file = manifest.getString("output[0].url");

        Person otherAdmin = Tokens.admin("Other Admin");
        for (Person someoneElse : List.of(otherAdmin, clinic.pat().person(), clinic.tess())) {
            get(someoneElse, status).then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
            get(someoneElse, file).then().statusCode(404);
            given().auth()
                    .oauth2(someoneElse.token())
                    .urlEncodingEnabled(false)
                    .delete(status)
                    .then()
                    .statusCode(404);
        }
        get(clinic.admin(), status).then().statusCode(200);
        get(clinic.admin(), "/fhir/R4/$export-status/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        get(clinic.admin(), "/fhir/R4/$export-status/not-a-job").then().statusCode(404);
        get(clinic.admin(), status.replace("$export-status", "$export-file") + "/999")
                .then()
                .statusCode(404);
    }

    @Test
    void deleteCancelsTheJobAndRemovesItsFiles() {
        Clinic clinic = clinicWithData();
        String status = statusPath(kickOff(clinic.admin(), "%24export"));
        UUID job = jobOf(status);
        JsonPath manifest = awaitDone(clinic.admin(), status)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(Fixtures.count("select count(*) from bulk_export_file where job_id = ?1", job) > 0);

        given().auth()
                .oauth2(clinic.admin().token())
                .urlEncodingEnabled(false)
                .delete(status.replace("$export-status", "%24export-status"))
                .then()
                .statusCode(202);

        assertEquals(0, Fixtures.count("select count(*) from bulk_export_file where job_id = ?1", job));
        get(clinic.admin(), status).then().statusCode(404);
        get(clinic.admin(), manifest.getString("output[0].url")).then().statusCode(404);
    }

    @Test
    void aJobLeftRunningByAStoppedReplicaIsWrittenAgainByTheWorker() {
        Clinic clinic = clinicWithData();
        UUID job = UUID.randomUUID();
        Fixtures.sql(
                "insert into bulk_export_job (id, status, requester_subject, requester_name, requester_roles,"
                        + " request_url, output_format, types, requested_at, lease_owner, lease_until, attempts)"
                        + " values (?1, 'RUNNING', ?2, 'Adam Admin', 'admin', 'http://localhost/fhir/R4/$export',"
                        + " 'application/fhir+ndjson', 'PATIENT,FLAG', now() - interval '10 minutes',"
                        + " 'a replica that stopped', now() - interval '1 second', 1)",
                job,
                clinic.admin().subject());
        Fixtures.sql(
                "insert into bulk_export_file (job_id, part, resource_type, resource_count, ndjson)"
                        + " values (?1, 1, 'Patient', 1, ?2)",
                job,
                "half-written\n".getBytes(StandardCharsets.UTF_8));

        JsonPath manifest = awaitDone(clinic.admin(), "/fhir/R4/$export-status/" + job)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, List<IBaseResource>> exported = download(clinic.admin(), manifest);
        assertEquals(inDatabase().get("Patient"), (long) exported.get("Patient").size());
        assertEquals(inDatabase().get("Flag"), (long) exported.get("Flag").size());
        assertEquals(2, Fixtures.count("select attempts from bulk_export_job where id = ?1", job));
    }

    @Test
    void aJobThatKeepsStoppingItsWorkersFailsWithAnOperationOutcome() {
        Person admin = Tokens.admin("Unlucky Admin");
        UUID job = UUID.randomUUID();
        Fixtures.sql(
                "insert into bulk_export_job (id, status, requester_subject, requester_name, requester_roles,"
                        + " request_url, output_format, types, requested_at, lease_owner, lease_until, attempts)"
                        + " values (?1, 'RUNNING', ?2, 'Unlucky Admin', 'admin', 'http://localhost/fhir/R4/$export',"
                        + " 'application/fhir+ndjson', 'PATIENT', now(), 'a replica that stopped',"
                        + " now() - interval '1 second', 3)",
                job,
                admin.subject());
        Response failed = awaitDone(admin, "/fhir/R4/$export-status/" + job);
        failed.then()
                .statusCode(500)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"));
        assertEquals(List.of(), FhirValidation.errors(failed.asString()));
    }

    @Test
    void filesAreKeptForTheirLifetimeThenDeletedByTheWorker() {
        Clinic clinic = Fixtures.clinic();
        String status = statusPath(kickOff(clinic.admin(), "$export?_type=Patient"));
        UUID job = jobOf(status);
        awaitDone(clinic.admin(), status).then().statusCode(200);
        assertEquals(
                Duration.ofHours(24).toSeconds(),
                Fixtures.count(
                        "select extract(epoch from expires_at - completed_at)::bigint from bulk_export_job where id = ?1",
                        job));

        Fixtures.sql("update bulk_export_job set expires_at = now() - interval '1 second' where id = ?1", job);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.count("select count(*) from bulk_export_job where id = ?1", job) == 0);
        assertEquals(0, Fixtures.count("select count(*) from bulk_export_file where job_id = ?1", job));
        get(clinic.admin(), status).then().statusCode(404);
    }
}
