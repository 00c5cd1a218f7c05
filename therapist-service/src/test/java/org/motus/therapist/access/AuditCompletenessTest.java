package org.motus.therapist.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.motus.therapist.testing.Fixtures.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.access.AccessSweepTest.Row;
import org.motus.therapist.access.AccessSweepTest.Who;
import org.motus.therapist.audit.AuditEvent;
import org.motus.therapist.audit.AuditOutcome;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/**
 * Every operation of therapist-service's OpenAPI document that touches a patient's data leaves an
 * audit event for every caller it answers (200, 404 out of reach, 409...), so a new endpoint
 * that forgets the audit trail fails here. The calls are {@link AccessSweepTest}'s rows; an
 * operation neither in the sweep nor listed below as not about a patient fails the first test.
 * 401 and 403 are answered by the role check before any patient is looked at: not audited here.
 * The FHIR CarePlan reads (not in the OpenAPI document: /fhir speaks FHIR) are sweep rows too, so
 * each answered one is checked here; PlanDefinition and metadata hold no patient's data
 * ({@link AccessSweepTest#referenceRows()}), like {@code /api/v1/protocols}.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class AuditCompletenessTest {

    /** Operations that hold no patient's data, each with the reason. */
    private static final Map<String, String> NOT_ABOUT_A_PATIENT = Map.of(
            "/api/v1/exercises", "the clinic's exercise library",
            "/api/v1/protocols", "condition protocols (templates)",
            "/api/v1/illustrations", "drawings of the library's exercises");

    @Test
    void everyOperationIsEitherSweptForItsAuditEventsOrSaysWhyItHoldsNoPatientData() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().accept("application/json")
                        .get("/q/openapi?format=json")
                        .asString());
        List<Row> rows = AccessSweepTest.rows();
        List<String> uncovered = new ArrayList<>();
        int swept = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(Locale.ROOT);
                if (method.equals("PARAMETERS")) {
                    continue;
                }
                if (NOT_ABOUT_A_PATIENT.keySet().stream().anyMatch(path.getKey()::startsWith)) {
                    continue;
                }
                Pattern template = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
                boolean covered = rows.stream()
                        .anyMatch(row -> row.method().equals(method)
                                && template.matcher(
                                                AccessSweepTest.fill(row.path()).replaceAll("\\?.*", ""))
                                        .matches());
                if (covered) {
                    swept++;
                } else {
                    uncovered.add(method + " " + path.getKey());
                }
            }
        }
        assertThat(uncovered)
                .as("operations with no row in AccessSweepTest and not listed as holding no patient data")
                .isEmpty();
        assertThat(swept).as("operations on patients' data").isGreaterThanOrEqualTo(18);
    }

    static Stream<Arguments> answeredCalls() {
        return AccessSweepTest.rows().stream()
                .flatMap(row -> row.expected().entrySet().stream()
                        .filter(e -> e.getValue() != AccessSweepTest.SKIP && e.getValue() != 401 && e.getValue() != 403)
                        .map(e -> Arguments.of(row.name(), e.getKey(), e.getValue(), row)));
    }

    @ParameterizedTest(name = "{0} as {1} ({2}) is audited")
    @MethodSource("answeredCalls")
    void everyAnsweredCallLeavesAnAuditEventForItsCaller(String name, Who who, int status, Row row) {
        Tokens.Person person = AccessSweepTest.person(who);
        long before = events(person);

        call(person, row.method(), AccessSweepTest.fill(row.path()), row.body())
                .then()
                .statusCode(status);

        assertThat(events(person) - before)
                .as(row.method() + " " + row.path() + " as " + who)
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyFhirReadOfAPatientsPlanIsAmongTheAuditedCalls() {
        List<String> fhir = AccessSweepTest.rows().stream()
                .map(Row::path)
                .filter(path -> path.startsWith("/fhir/"))
                .toList();
        assertThat(fhir)
                .anyMatch(path -> path.startsWith("/fhir/R4/CarePlan/"))
                .anyMatch(path -> path.startsWith("/fhir/R4/CarePlan?"));
        assertThat(AccessSweepTest.referenceRows())
                .extracting(Row::path)
                .allMatch(path -> !path.startsWith("/fhir/R4/CarePlan"));
    }

    @Test
    void theChangesTheSweepLeavesOutAreAuditedWithTheirPatient() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1975, 1, 9), Tokens.TESS);
        PatientServiceContract.sessions(patient, Tokens.TESS, LocalDate.of(2025, 3, 3), "sessions.none");
        String planId = Fixtures.publishedPlan(
                Tokens.TESS, patient, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10, "loadKg", 4.0)));
        String plan = "/api/v1/plans/" + planId;
        Map<String, Object> draft =
                Fixtures.draft(List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 12, "loadKg", 4.0)));
        Map<String, Object> week = Map.of("weekStart", "2025-03-03");

        record Change(String method, String path, Object body, String action) {}
        List<Change> changes = List.of(
                new Change("PUT", plan + "/draft", draft, "PLAN_DRAFT_SAVED"),
                new Change("DELETE", plan + "/draft", null, "PLAN_DRAFT_DISCARDED"),
                new Change("PUT", plan + "/draft", draft, "PLAN_DRAFT_SAVED"),
                new Change("POST", plan + "/draft/publish", null, "PLAN_PUBLISHED"),
                new Change("POST", plan + "/progression/accept", week, "PROGRESSION_ACCEPTED"),
                new Change("POST", plan + "/progression/dismiss", week, "PROGRESSION_DISMISSED"));
        for (Change change : changes) {
            long before = events(patient.id(), change.action());
            int status = call(Tokens.TESS, change.method(), change.path(), change.body())
                    .then()
                    .extract()
                    .statusCode();
            assertThat(status).as(change.method() + " " + change.path()).isLessThan(500);
            assertThat(events(patient.id(), change.action()) - before)
                    .as(change.method() + " " + change.path() + " answered " + status)
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aChangeThatFailsAfterTheAccessCheckIsRecordedAsFailedNotAsDone() {
        TestPatient patient = AccessSweepTest.world().patient();
        long succeeded = events(patient.id(), "PLAN_CREATED", AuditOutcome.SUCCESS);
        long failed = events(patient.id(), "PLAN_CREATED", AuditOutcome.FAILED);

        call(
                        Tokens.TESS,
                        "POST",
                        "/api/v1/plans",
                        Map.of("patientId", patient.id().toString(), "title", "Twice"))
                .then()
                .statusCode(409);

        assertThat(events(patient.id(), "PLAN_CREATED", AuditOutcome.SUCCESS)).isEqualTo(succeeded);
        assertThat(events(patient.id(), "PLAN_CREATED", AuditOutcome.FAILED)).isEqualTo(failed + 1);
    }

    @Test
    void theTrailIsAppendOnly() {
        AccessSweepTest.world();
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> AuditEvent.getEntityManager()
                                .createNativeQuery("update audit_event set detail = 'edited'")
                                .executeUpdate()));
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> AuditEvent.getEntityManager()
                                .createNativeQuery("delete from audit_event")
                                .executeUpdate()));
    }

    private static io.restassured.response.Response call(
            Tokens.Person person, String method, String path, Object body) {
        RequestSpecification request = given().auth().oauth2(person.token());
        if (body != null) {
            Map<String, Object> filled = new LinkedHashMap<>();
            ((Map<?, ?>) body)
                    .forEach((k, v) ->
                            filled.put((String) k, v instanceof String text ? AccessSweepTest.fill(text) : v));
            request = request.contentType(ContentType.JSON).body(filled);
        }
        return request.request(method, path);
    }

    private static long events(Tokens.Person person) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actorSubject", person.subject()));
    }

    private static long events(UUID patientId, String action) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("patientId = ?1 and action = ?2", patientId, action));
    }

    private static long events(UUID patientId, String action, AuditOutcome outcome) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "patientId = ?1 and action = ?2 and outcome = ?3", patientId, action, outcome));
    }
}
