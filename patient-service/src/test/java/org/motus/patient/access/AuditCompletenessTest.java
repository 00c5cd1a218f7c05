package org.motus.patient.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.access.AccessSweepTest.Endpoint;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Issue 17 item 5 for patient-service: every operation of its OpenAPI document either leaves an
 * audit event for every caller it answers, or is listed below with why it holds no patient's data.
 * Patient-scoped calls are {@link AccessSweepTest}'s rows (REST and FHIR); the role-level ones that
 * read or write patients (the caseload, the directory, a new record, invitations, visit reminders)
 * are {@link #ROLE_LEVEL}. A new operation in neither list fails the first test. 401 and 403 are
 * answered by the role check before a patient is looked at, so they are not expected here; the
 * sweep itself checks that every 404 of an outsider is audited as a denial.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AuditCompletenessTest {

    /** Operations that read or write no patient's data, each with the reason. */
    private static final Map<String, String> NOT_ABOUT_A_PATIENT = Map.ofEntries(
            Map.entry("GET /api/v1/consent-texts", "the consent documents, the same for everyone"),
            Map.entry("GET /api/v1/messages/unread", "counts of unread messages only, polled by the bell"),
            Map.entry("GET /api/v1/notifications", "the caller's own notices, which name no patient or health data"),
            Map.entry("POST /api/v1/notifications/read", "marks the caller's own notices read"),
            Map.entry("POST /api/v1/notifications/{notificationId}/read", "marks one of the caller's own notices read"),
            Map.entry("GET /api/v1/notifications/unread-count", "a count of the caller's own notices"),
            Map.entry("GET /api/v1/notifications/alert-preferences", "a staff member's own digest hour and zone"),
            Map.entry("PUT /api/v1/notifications/alert-preferences", "a staff member's own digest hour and zone"),
            Map.entry("GET /api/v1/notifications/push/public-key", "the server's public push key"),
            Map.entry("GET /api/v1/preferences/language", "the caller's own language choice"),
            Map.entry("PUT /api/v1/preferences/language", "the caller's own language choice"),
            Map.entry("GET /api/v1/notifications/push/subscriptions", "the caller's own browsers"),
            Map.entry("POST /api/v1/notifications/push/subscriptions", "the caller's own browsers"),
            Map.entry("DELETE /api/v1/notifications/push/subscriptions/{subscriptionId}", "the caller's own browsers"),
            Map.entry(
                    "GET /api/v1/notifications/dead-letters",
                    "delivery metadata (recipient, kind, error), no clinical data; a retry is audited"),
            Map.entry(
                    "POST /api/v1/notifications/dead-letters/{notificationId}/retry",
                    "resends a notice that names no health data; audited as RETRY_NOTIFICATION (DeliveryProblemsTest)"),
            Map.entry(
                    "GET /api/v1/notifications/failed-reminders",
                    "delivery metadata (a record id, a reminder kind), no clinical data; a retry is audited"),
            Map.entry(
                    "POST /api/v1/notifications/failed-reminders/{reminderId}/retry",
                    "audited as RETRY_REMINDER with its patient (DeliveryProblemsTest)"),
            Map.entry("GET /api/v1/staff", "therapists' and admins' accounts"),
            Map.entry("GET /api/v1/staff/{subject}", "a therapist's or admin's account"),
            Map.entry("POST /api/v1/staff/{subject}/access-reset", "a therapist's or admin's account"),
            Map.entry("POST /api/v1/staff/{subject}/deactivation", "a therapist's or admin's account"),
            Map.entry("POST /api/v1/staff/{subject}/reactivation", "a therapist's or admin's account"));

    /** A role-level call on patients' data: who makes it, what it answers, the action its audit row names. */
    record RoleLevel(
            String method,
            String path,
            Function<Clinic, Person> caller,
            Function<Clinic, Object> body,
            int status,
            Action action) {
        String operation() {
            return method + " " + path;
        }
    }

    private static final Person NOTIFIER = new Person(UUID.randomUUID().toString(), "Session Gateway", "notifier");
    private static final UUID VISIT = UUID.randomUUID();

    private static final List<RoleLevel> ROLE_LEVEL = List.of(
            new RoleLevel("GET", "/api/v1/patients/me", c -> c.pat().person(), c -> null, 200, Action.READ_RECORD),
            new RoleLevel(
                    "GET", "/api/v1/patients/me/consents", c -> c.pat().person(), c -> null, 200, Action.READ_CONSENTS),
            new RoleLevel(
                    "POST",
                    "/api/v1/patients",
                    Clinic::tess,
                    c -> Map.of("subject", Tokens.patient("Audited New").subject(), "displayName", "Audited New"),
                    201,
                    Action.CREATE_RECORD),
            new RoleLevel("GET", "/api/v1/patients/directory", Clinic::admin, c -> null, 200, Action.SEARCH_PATIENTS),
            new RoleLevel(
                    "GET", "/api/v1/patients/audit-events", Clinic::admin, c -> null, 200, Action.SEARCH_AUDIT_EVENTS),
            new RoleLevel("GET", "/api/v1/caseload", Clinic::tess, c -> null, 200, Action.READ_CASELOAD),
            new RoleLevel("GET", "/api/v1/invitations", Clinic::tess, c -> null, 200, Action.LIST_INVITATIONS),
            new RoleLevel(
                    "POST",
                    "/api/v1/invitations",
                    Clinic::tess,
                    c -> Map.of(
                            "role",
                            "PATIENT",
                            "email",
                            "audited-" + UUID.randomUUID() + "@clinic.example",
                            "firstName",
                            "Nina",
                            "lastName",
                            "Novak"),
                    201,
                    Action.INVITE),
            new RoleLevel(
                    "PUT",
                    "/api/v1/notifications/visit-reminders/" + VISIT,
                    c -> NOTIFIER,
                    c -> Map.of(
                            "patientId",
                            c.pat().idText(),
                            "startsAt",
                            Instant.now()
                                    .plus(3, ChronoUnit.DAYS)
                                    .truncatedTo(ChronoUnit.SECONDS)
                                    .toString()),
                    200,
                    Action.SCHEDULE_VISIT_REMINDERS),
            new RoleLevel(
                    "DELETE",
                    "/api/v1/notifications/visit-reminders/" + VISIT,
                    c -> NOTIFIER,
                    c -> null,
                    204,
                    Action.SCHEDULE_VISIT_REMINDERS));

    @Test
    void everyOperationIsAuditedOrSaysWhyItHoldsNoPatientData() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().accept("application/json")
                        .get("/q/openapi?format=json")
                        .asString());
        List<String> uncovered = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        int audited = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(Locale.ROOT);
                if (method.equals("PARAMETERS")) {
                    continue;
                }
                String operation = method + " " + path.getKey();
                Pattern template = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
                boolean swept = AccessSweepTest.endpoints().stream()
                        .anyMatch(e -> e.method().equals(method)
                                && template.matcher(e.path()).matches());
                boolean roleLevel = ROLE_LEVEL.stream()
                        .anyMatch(r -> r.method().equals(method)
                                && template.matcher(r.path()).matches());
                if (swept || roleLevel) {
                    audited++;
                } else if (NOT_ABOUT_A_PATIENT.containsKey(operation)) {
                    listed.add(operation);
                } else {
                    uncovered.add(operation);
                }
            }
        }
        assertEquals(List.of(), uncovered, "operations neither audited here nor listed as holding no patient data");
        assertEquals(
                new java.util.TreeSet<>(NOT_ABOUT_A_PATIENT.keySet()),
                new java.util.TreeSet<>(listed),
                "every exception names an operation that still exists");
        assertTrue(audited >= 50, "operations on patients' data: " + audited);
    }

    /** Each REST sweep row, as the patient, an admin and the treating therapist (the sweep's order). */
    @TestFactory
    List<DynamicTest> everyAnsweredPatientScopedCallLeavesAnAuditEventForItsCaller() {
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> ids = AccessSweepTest.idsFor(clinic);
        return answered(clinic, AccessSweepTest.endpoints(), ids);
    }

    @TestFactory
    List<DynamicTest> everyAnsweredFhirCallLeavesAnAuditEventForItsCaller() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.logSession(clinic.pat(), 3, 5, 3);
        UUID promId = UUID.randomUUID();
        Fixtures.sql(
                "insert into prom_response (id, patient_id, instrument, score, answered_at) values (?1, ?2, 'PEG_3', 4, now())",
                promId,
                clinic.pat().id());
        return answered(
                clinic,
                AccessSweepTest.fhirEndpoints(),
                Map.of("id", clinic.pat().id(), "promId", promId));
    }

    private static List<DynamicTest> answered(Clinic clinic, List<Endpoint> endpoints, Map<String, Object> ids) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Map<Person, Integer> callers = new LinkedHashMap<>();
            callers.put(clinic.pat().person(), endpoint.patient());
            callers.put(clinic.admin(), endpoint.admin());
            callers.put(clinic.tess(), endpoint.treatingTherapist());
            callers.forEach((caller, status) -> {
                if (status == 401 || status == 403) {
                    return;
                }
                tests.add(DynamicTest.dynamicTest(
                        endpoint.method() + " " + endpoint.path() + " as " + caller.name() + " (" + status + ")",
                        () -> {
                            long before = events(caller, endpoint.action());
                            endpoint.call(caller, ids).then().statusCode(status);
                            assertTrue(
                                    events(caller, endpoint.action()) > before,
                                    "no audit row " + endpoint.action() + " by " + caller.name());
                        }));
            });
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyRoleLevelCallOnPatientsLeavesAnAuditEvent() {
        Clinic clinic = Fixtures.clinic();
        List<DynamicTest> tests = new ArrayList<>();
        for (RoleLevel call : ROLE_LEVEL) {
            tests.add(DynamicTest.dynamicTest(call.operation() + " (" + call.status() + ")", () -> {
                Person caller = call.caller().apply(clinic);
                long before = events(caller, call.action());
                var request = as(caller);
                Object body = call.body().apply(clinic);
                if (body != null) {
                    request = request.body(body);
                }
                Response answer = request.request(call.method(), call.path());
                answer.then().statusCode(call.status());
                assertTrue(
                        events(caller, call.action()) > before,
                        "no audit row " + call.action() + " by " + caller.name());
            }));
        }
        return tests;
    }

    @Test
    void theTrailIsAppendOnly() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.pat().person())
                .get("/api/v1/patients/{id}", clinic.pat().id())
                .then()
                .statusCode(200);
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class, () -> Fixtures.sql("update audit_event set detail = 'edited'"));
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class, () -> Fixtures.sql("delete from audit_event"));
    }

    private static long events(Person actor, Action action) {
        return Fixtures.count(
                "select count(*) from audit_event where actor_subject = ?1 and action = ?2",
                actor.subject(),
                action.name());
    }
}
