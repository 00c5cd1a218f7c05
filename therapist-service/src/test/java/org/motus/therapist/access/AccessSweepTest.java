package org.motus.therapist.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/**
 * Who reaches which plan endpoint (docs/architecture.md, "Identity and access", as a table of endpoints x
 * callers. A new endpoint is covered by adding a row. Outside the care relationship the answer is
 * 404, the same as for a plan that does not exist; a role that never may is 403; no token is 401.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class AccessSweepTest {

    enum Who {
        TREATING_THERAPIST,
        OTHER_THERAPIST,
        THE_PATIENT,
        OTHER_PATIENT,
        ADMIN,
        NOBODY
    }

    /** One endpoint and what each caller gets; 0 = not exercised (it would change the shared plan). */
    record Row(String name, String method, String path, Object body, Map<Who, Integer> expected) {}

    static final int SKIP = 0;

    /**
     * The shared plan: published, with a draft open, on Tess's caseload; the other patient has no plan.
     * Its published version 1 is the CarePlan {@code carePlanId}; the draft is none.
     */
    record World(TestPatient patient, TestPatient otherPatient, String planId, String carePlanId) {}

    private static World world;

    static synchronized World world() {
        if (world == null) {
            TestPatient patient =
                    PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), Tokens.TESS);
            TestPatient other = PatientServiceContract.patient(List.of("FIBROMYALGIA"), LocalDate.of(1982, 8, 8));
            String planId = Fixtures.publishedPlan(
                    Tokens.TESS, patient, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10, "loadKg", 4.0)));
            Fixtures.putDraft(
                            Tokens.TESS,
                            planId,
                            List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 12, "loadKg", 4.0)))
                    .statusCode(200);
            PatientServiceContract.sessions(patient, Tokens.TESS, LocalDate.of(2025, 3, 3), "sessions.none");
            String carePlanId = QuarkusTransaction.requiringNew()
                    .call(() -> PlanVersion.number(java.util.UUID.fromString(planId), 1)
                            .orElseThrow()
                            .id
                            .toString());
            world = new World(patient, other, planId, carePlanId);
        }
        return world;
    }

    static Map<Who, Integer> expect(int treating, int otherTherapist, int thePatient, int otherPatient, int admin) {
        Map<Who, Integer> m = new LinkedHashMap<>();
        m.put(Who.TREATING_THERAPIST, treating);
        m.put(Who.OTHER_THERAPIST, otherTherapist);
        m.put(Who.THE_PATIENT, thePatient);
        m.put(Who.OTHER_PATIENT, otherPatient);
        m.put(Who.ADMIN, admin);
        m.put(Who.NOBODY, 401);
        return m;
    }

    // Paths name the shared plan and patient as {plan} and {patient}; they are filled in at run time.
    static List<Row> rows() {
        Map<String, Object> draft =
                Fixtures.draft(List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 12, "loadKg", 4.0)));
        Map<String, Object> create = Map.of("patientId", "{patient}", "title", "Another plan");
        Map<String, Object> week = Map.of("weekStart", "2025-03-03");
        String plan = "/api/v1/plans/{plan}";
        List<Row> rows = new ArrayList<>();
        // read by the treating therapist and the patient themself
        rows.add(new Row("plan", "GET", plan, null, expect(200, 404, 200, 404, 403)));
        rows.add(new Row("versions", "GET", plan + "/versions", null, expect(200, 404, 200, 404, 403)));
        rows.add(new Row("version 1", "GET", plan + "/versions/1", null, expect(200, 404, 200, 404, 403)));
        rows.add(new Row("active", "GET", plan + "/active", null, expect(200, 404, 200, 404, 403)));
        rows.add(new Row("today", "GET", plan + "/today?date=2025-03-10", null, expect(200, 404, 200, 404, 403)));
        rows.add(new Row("handout", "GET", plan + "/handout.pdf", null, expect(200, 404, 200, 404, 403)));
        rows.add(new Row(
                "discharge summary",
                "GET",
                "/api/v1/discharge-summaries/{patient}",
                null,
                expect(200, 404, 200, 404, 403)));
        // therapists only
        rows.add(new Row(
                "plans of a patient",
                "GET",
                "/api/v1/plans?patientId={patient}",
                null,
                expect(200, 404, 403, 403, 403)));
        rows.add(new Row("create for a patient", "POST", "/api/v1/plans", create, expect(409, 404, 403, 403, 403)));
        // Issue 19 item 7: a copy reads the plan it copies; a template is saved from a plan.
        rows.add(new Row(
                "copy a plan",
                "POST",
                "/api/v1/plans",
                Map.of("patientId", "{patient}", "title", "A copy", "copyFromPlanId", "{plan}"),
                expect(409, 404, 403, 403, 403)));
        rows.add(new Row(
                "save as a clinic template",
                "POST",
                "/api/v1/protocols",
                Map.of("name", "Template from the sweep", "planId", "{plan}"),
                expect(201, 404, 403, 403, 403)));
        rows.add(new Row("draft", "GET", plan + "/draft", null, expect(200, 404, 403, 403, 403)));
        rows.add(new Row("edit draft", "PUT", plan + "/draft", draft, expect(200, 404, 403, 403, 403)));
        rows.add(new Row("discard draft", "DELETE", plan + "/draft", null, expect(SKIP, 404, 403, 403, 403)));
        rows.add(new Row("publish", "POST", plan + "/draft/publish", null, expect(SKIP, 404, 403, 403, 403)));
        rows.add(new Row(
                "publish with reasons",
                "POST",
                plan + "/draft/publish",
                Map.of("loadIncreaseReasons", Map.of("items[0]", "Easy for two weeks")),
                expect(SKIP, 404, 403, 403, 403)));
        rows.add(new Row(
                "progression", "GET", plan + "/progression?date=2025-03-10", null, expect(200, 404, 403, 403, 403)));
        rows.add(new Row(
                "accept progression", "POST", plan + "/progression/accept", week, expect(SKIP, 404, 403, 403, 403)));
        rows.add(new Row(
                "dismiss progression", "POST", plan + "/progression/dismiss", week, expect(SKIP, 404, 403, 403, 403)));
        // the patient's own
        rows.add(new Row("my active plan", "GET", "/api/v1/plans/mine/active", null, expect(403, 403, 200, 404, 403)));
        rows.add(new Row("my history", "GET", "/api/v1/plans/mine/history", null, expect(403, 403, 200, 404, 403)));
        rows.add(new Row(
                "my today", "GET", "/api/v1/plans/mine/today?date=2025-03-10", null, expect(403, 403, 200, 404, 403)));
        // admins only: the trail of who read or changed the patient's plans
        rows.add(new Row(
                "audit trail",
                "GET",
                "/api/v1/plans/audit-events?patientId={patient}",
                null,
                expect(403, 403, 403, 403, 200)));
        // a plan that does not exist looks the same as one out of reach
        rows.add(new Row(
                "unknown plan",
                "GET",
                "/api/v1/plans/00000000-0000-4000-8000-000000000000",
                null,
                expect(404, 404, 404, 404, 403)));
        rows.addAll(fhirRows());
        return rows;
    }

    /**
     * FHIR R4 (package fhir): a CarePlan is a published plan version, read with the REST reads'
     * roles, care relationship and audit actions; errors are OperationOutcomes.
     */
    static List<Row> fhirRows() {
        String f = "/fhir/R4";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("FHIR CarePlan", "GET", f + "/CarePlan/{careplan}", null, expect(200, 404, 200, 404, 403)));
        rows.add(new Row(
                "FHIR CarePlans of a patient",
                "GET",
                f + "/CarePlan?patient={patient}&_count=5",
                null,
                expect(200, 404, 200, 404, 403)));
        rows.add(new Row(
                "FHIR CarePlans with their subject",
                "GET",
                f + "/CarePlan?subject=Patient/{patient}&_include=CarePlan:subject",
                null,
                expect(200, 404, 200, 404, 403)));
        // the other patient is on nobody's caseload here: only they reach their (empty) list
        rows.add(new Row(
                "FHIR CarePlans of another patient",
                "GET",
                f + "/CarePlan?patient={otherPatient}",
                null,
                expect(404, 404, 404, 200, 403)));
        rows.add(new Row(
                "FHIR unknown CarePlan",
                "GET",
                f + "/CarePlan/00000000-0000-4000-8000-000000000000",
                null,
                expect(404, 404, 404, 404, 403)));
        return rows;
    }

    /**
     * Endpoints that hold no patient's data, swept for roles only (not audited, as their REST twins
     * {@code /api/v1/protocols} are not): protocols for staff, the FHIR CapabilityStatement for anyone.
     */
    static List<Row> referenceRows() {
        String f = "/fhir/R4";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "FHIR PlanDefinition",
                "GET",
                f + "/PlanDefinition/" + Fixtures.LOW_BACK,
                null,
                expect(200, 200, 403, 403, 200)));
        rows.add(new Row(
                "FHIR PlanDefinitions",
                "GET",
                f + "/PlanDefinition?status=active",
                null,
                expect(200, 200, 403, 403, 200)));
        rows.add(new Row(
                "FHIR unknown PlanDefinition",
                "GET",
                f + "/PlanDefinition/00000000-0000-4000-8000-000000000000",
                null,
                expect(404, 404, 403, 403, 404)));
        Map<Who, Integer> everyone = expect(200, 200, 200, 200, 200);
        everyone.put(Who.NOBODY, 200);
        rows.add(new Row("FHIR metadata", "GET", f + "/metadata", null, everyone));
        return rows;
    }

    static Stream<Arguments> sweep() {
        return Stream.concat(rows().stream(), referenceRows().stream())
                .flatMap(row -> row.expected().entrySet().stream()
                        .filter(e -> e.getValue() != SKIP)
                        .map(e -> Arguments.of(row.name(), e.getKey(), e.getValue(), row)));
    }

    static String fill(String template) {
        World w = world();
        return template.replace("{plan}", w.planId())
                .replace("{careplan}", w.carePlanId())
                .replace("{otherPatient}", w.otherPatient().id().toString())
                .replace("{patient}", w.patient().id().toString());
    }

    static Tokens.Person person(Who who) {
        World w = world();
        return switch (who) {
            case TREATING_THERAPIST -> Tokens.TESS;
            case OTHER_THERAPIST -> Tokens.OTTO;
            case THE_PATIENT -> w.patient().person();
            case OTHER_PATIENT -> w.otherPatient().person();
            case ADMIN -> Tokens.ADAM;
            case NOBODY -> null;
        };
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("sweep")
    void eachCallerGetsExactlyWhatTheirRoleAndCareRelationshipAllow(String name, Who who, int status, Row row) {
        RequestSpecification request = given();
        Tokens.Person person = person(who);
        if (person != null) {
            request = request.auth().oauth2(person.token());
        }
        if (row.body() != null) {
            Map<String, Object> body = new LinkedHashMap<>();
            ((Map<?, ?>) row.body()).forEach((k, v) -> body.put((String) k, v instanceof String text ? fill(text) : v));
            request = request.contentType(ContentType.JSON).body(body);
        }
        var response = request.request(row.method(), fill(row.path())).then().statusCode(status);
        if (status >= 400 && row.path().startsWith("/fhir/")) {
            response.contentType(startsWith("application/fhir+json"))
                    .body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo(FHIR_ISSUE.get(status)));
        } else if (status >= 400) {
            response.contentType("application/problem+json").body("status", equalTo(status));
        }
    }

    /** The OperationOutcome issue code for each status the FHIR rows answer (ADR 0034). */
    private static final Map<Integer, String> FHIR_ISSUE = Map.of(401, "login", 403, "forbidden", 404, "not-found");

    @org.junit.jupiter.api.Test
    void aFhirCarePlanOutOfReachIsAuditedAsTheRestReadOfItsPlan() {
        World w = world();
        long before = QuarkusTransaction.requiringNew()
                .call(() -> org.motus.therapist.audit.AuditEvent.count(
                        "patientId = ?1 and actorSubject = ?2 and action = ?3 and outcome = ?4",
                        w.patient().id(),
                        Tokens.OTTO.subject(),
                        "PLAN_VERSION_READ",
                        org.motus.therapist.audit.AuditOutcome.NOT_FOUND));
        given().auth()
                .oauth2(Tokens.OTTO.token())
                .get(fill("/fhir/R4/CarePlan/{careplan}"))
                .then()
                .statusCode(404);
        long after = QuarkusTransaction.requiringNew()
                .call(() -> org.motus.therapist.audit.AuditEvent.count(
                        "patientId = ?1 and actorSubject = ?2 and action = ?3 and outcome = ?4",
                        w.patient().id(),
                        Tokens.OTTO.subject(),
                        "PLAN_VERSION_READ",
                        org.motus.therapist.audit.AuditOutcome.NOT_FOUND));
        org.assertj.core.api.Assertions.assertThat(after - before).isEqualTo(1);
    }
}
