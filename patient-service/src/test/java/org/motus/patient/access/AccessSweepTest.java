package org.motus.patient.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Images;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Every patient-scoped endpoint x every caller. The other patient and a therapist outside the
 * caseload get 404 (and an audited denial) everywhere; the patient, the treating therapist and an
 * admin get what the access table allows. A new endpoint is covered by adding a row.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AccessSweepTest {

    private static final String EXTRA_THERAPIST = "sweep-extra-therapist";
    /** Therapists the transfer row hands pat's care between (tess stays on the team). */
    private static final Person TRANSFER_FROM = Tokens.therapist("Transfer From");

    private static final Person TRANSFER_TO = Tokens.therapist("Transfer To");

    /** One endpoint: how to call it, the audit action, and the status for pat, tess and an admin. */
    record Endpoint(
            String method,
            String path,
            Supplier<Object> body,
            Action action,
            int patient,
            int treatingTherapist,
            int admin) {
        Response call(Person caller, Map<String, Object> ids) {
            return call(caller.token(), ids);
        }

        /** The call with any bearer token (a machine client's). */
        Response call(String token, Map<String, Object> ids) {
            var request = io.restassured.RestAssured.given()
                    .auth()
                    .oauth2(token)
                    .contentType(io.restassured.http.ContentType.JSON);
            if (body != null) {
                Object sent = withIds(body.get(), ids);
                // an image upload: the bytes as they are (body(Object) would serialise them)
                request = sent instanceof byte[] bytes
                        ? request.contentType("image/jpeg").body(bytes)
                        : request.body(sent);
            }
            String url = path;
            for (var id : ids.entrySet()) {
                url = url.replace("{" + id.getKey() + "}", id.getValue().toString());
            }
            return request.request(method, url);
        }
    }

    /** A FHIR pain Observation for {id}, different at each call (identical ones within a minute are one). */
    private static Object painObservation() {
        return """
                {"resourceType":"Observation","status":"final",
                 "code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
                 "subject":{"reference":"Patient/{id}"},
                 "effectiveDateTime":"%s","valueInteger":3,"note":[{"text":"sweep %s"}]}""".formatted(
                        java.time.Instant.now().minusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                        UUID.randomUUID());
    }

    /** A body's "{name}" values are the ids of this run (e.g. the message to mark read up to). */
    private static Object withIds(Object body, Map<String, Object> ids) {
        if (body instanceof String text) {
            String filled = text;
            for (var id : ids.entrySet()) {
                filled = filled.replace("{" + id.getKey() + "}", id.getValue().toString());
            }
            return filled;
        }
        if (!(body instanceof Map<?, ?> map)) {
            return body;
        }
        Map<Object, Object> copy = new java.util.LinkedHashMap<>(map);
        copy.replaceAll((key, value) -> value instanceof String text
                        && text.startsWith("{")
                        && ids.containsKey(text.substring(1, text.length() - 1))
                ? ids.get(text.substring(1, text.length() - 1)).toString()
                : value);
        return copy;
    }

    static List<Endpoint> endpoints() {
        String p = "/api/v1/patients/{id}";
        Supplier<Object> none = null;
        return List.of(
                new Endpoint("GET", p, none, Action.READ_RECORD, 200, 200, 403),
                new Endpoint(
                        "PUT",
                        p + "/goals-and-contact",
                        () -> Map.of("goals", "Walk more.", "contact", Map.of("preferredChannel", "APP")),
                        Action.EDIT_GOALS_AND_CONTACT,
                        200,
                        200,
                        403),
                new Endpoint(
                        "PUT",
                        p + "/contact",
                        () -> Map.of("preferredChannel", "APP"),
                        Action.EDIT_GOALS_AND_CONTACT,
                        200,
                        200,
                        403),
                new Endpoint(
                        "PUT",
                        p + "/clinical",
                        () -> Map.of("conditions", List.of("KNEE_OA"), "baselinePain", 5),
                        Action.EDIT_CLINICAL_FIELDS,
                        403,
                        200,
                        403),
                new Endpoint(
                        "PUT",
                        p + "/prescribed-frequency",
                        () -> Map.of("sessionsPerWeek", 4),
                        Action.SET_PRESCRIBED_FREQUENCY,
                        403,
                        200,
                        403),
                new Endpoint(
                        "PUT",
                        p + "/activity-ceiling",
                        () -> Map.of("painCeiling", 4, "reason", "High resting baseline."),
                        Action.SET_ACTIVITY_CEILING,
                        403,
                        200,
                        403),
                new Endpoint("DELETE", p + "/activity-ceiling", none, Action.SET_ACTIVITY_CEILING, 403, 200, 403),
                new Endpoint(
                        "PUT",
                        p + "/time-zone",
                        () -> Map.of("timeZone", "Europe/Berlin"),
                        Action.SET_TIME_ZONE,
                        200,
                        200,
                        403),
                new Endpoint("GET", p + "/follow-ups", none, Action.READ_FOLLOW_UPS, 200, 200, 403),
                new Endpoint("GET", p + "/care-team", none, Action.READ_CARE_TEAM, 200, 200, 200),
                new Endpoint("PUT", p + "/care-team/" + EXTRA_THERAPIST, none, Action.ASSIGN_THERAPIST, 403, 403, 200),
                new Endpoint(
                        "DELETE", p + "/care-team/" + EXTRA_THERAPIST, none, Action.REMOVE_THERAPIST, 403, 403, 204),
                new Endpoint(
                        "POST", p + "/check-ins", () -> checkIn("DAILY", 3), Action.RECORD_CHECK_IN, 201, 403, 403),
                new Endpoint("GET", p + "/check-ins", none, Action.READ_CHECK_INS, 200, 200, 403),
                new Endpoint(
                        "POST", p + "/sessions", () -> Fixtures.session(3, 3, 3), Action.LOG_SESSION, 201, 403, 403),
                new Endpoint("GET", p + "/sessions", none, Action.READ_SESSIONS, 200, 200, 403),
                new Endpoint("GET", p + "/sessions/{sessionId}", none, Action.READ_SESSIONS, 200, 200, 403),
                new Endpoint("GET", p + "/flags", none, Action.READ_FLAGS, 200, 200, 403),
                new Endpoint(
                        "POST", p + "/flags/{flagId}/acknowledgement", none, Action.ACKNOWLEDGE_FLAG, 403, 200, 403),
                new Endpoint("GET", p + "/adherence", none, Action.READ_ADHERENCE, 200, 200, 403),
                new Endpoint("GET", p + "/progress", none, Action.READ_PROGRESS, 200, 200, 403),
                new Endpoint("GET", p + "/audit-events", none, Action.READ_AUDIT_TRAIL, 403, 403, 200),
                new Endpoint("GET", p + "/consents", none, Action.READ_CONSENTS, 200, 200, 200),
                new Endpoint(
                        "POST",
                        p + "/consents",
                        () -> Fixtures.consent("TELEHEALTH", true),
                        Action.DECIDE_CONSENT,
                        201,
                        403,
                        403),
                new Endpoint("GET", p + "/contact-preferences", none, Action.READ_CONTACT_PREFERENCES, 200, 200, 403),
                new Endpoint(
                        "PUT",
                        p + "/contact-preferences",
                        Fixtures::contactPreferences,
                        Action.EDIT_CONTACT_PREFERENCES,
                        200,
                        403,
                        403),
                new Endpoint("GET", p + "/messages", none, Action.READ_MESSAGES, 200, 200, 403),
                new Endpoint(
                        "POST", p + "/messages", () -> Fixtures.message("Hello"), Action.SEND_MESSAGE, 201, 201, 403),
                new Endpoint(
                        "POST", p + "/messages/images", () -> Images.jpeg(8, 8), Action.SEND_MESSAGE, 201, 201, 403),
                new Endpoint("GET", p + "/messages/images/{imageId}", none, Action.READ_MESSAGES, 200, 200, 403),
                new Endpoint(
                        "POST",
                        p + "/messages/read-marks",
                        () -> Map.of("upTo", "{messageId}"),
                        Action.MARK_MESSAGES_READ,
                        200,
                        200,
                        403),
                new Endpoint(
                        "POST",
                        p + "/proms",
                        () -> Map.of(
                                "instrument",
                                "PEG_3",
                                "items",
                                List.of(
                                        Map.of("item", "pain", "value", 4),
                                        Map.of("item", "enjoyment", "value", 5),
                                        Map.of("item", "activity", "value", 6))),
                        Action.RECORD_PROM,
                        201,
                        403,
                        403),
                new Endpoint("GET", p + "/proms", none, Action.READ_PROMS, 200, 200, 403),
                new Endpoint("GET", p + "/proms/due", none, Action.READ_PROMS, 200, 200, 403),
                new Endpoint("GET", p + "/proms/summary", none, Action.READ_PROMS, 200, 200, 403),
                new Endpoint("GET", p + "/prom-assignments", none, Action.READ_PROMS, 200, 200, 403),
                new Endpoint(
                        "POST",
                        p + "/prom-assignments",
                        () -> Map.of("instrument", "PEG_3", "reason", "DISCHARGE"),
                        Action.ASSIGN_PROMS,
                        403,
                        201,
                        403),
                new Endpoint(
                        "PUT",
                        p + "/prom-assignments/schedule",
                        () -> Map.of("instruments", List.of(Map.of("instrument", "PEG_3", "everyTwoWeeks", true))),
                        Action.ASSIGN_PROMS,
                        403,
                        200,
                        403),
                new Endpoint(
                        "DELETE", p + "/prom-assignments/{assignmentId}", none, Action.ASSIGN_PROMS, 403, 204, 403),
                new Endpoint("GET", p + "/discharge-summary", none, Action.READ_DISCHARGE_SUMMARY, 200, 200, 403),
                new Endpoint(
                        "PUT",
                        p + "/details",
                        () -> Map.of("displayName", "Pat Patient"),
                        Action.EDIT_DETAILS,
                        403,
                        403,
                        200),
                new Endpoint(
                        "POST",
                        "/api/v1/invitations/{invitationId}/resend",
                        none,
                        Action.RESEND_INVITATION,
                        403,
                        200,
                        200),
                new Endpoint(
                        "POST",
                        p + "/care-team/transfer",
                        () -> Map.of(
                                "fromTherapistSubject",
                                TRANSFER_FROM.subject(),
                                "toTherapistSubject",
                                TRANSFER_TO.subject(),
                                "note",
                                "Leave from December."),
                        Action.TRANSFER_CARE,
                        403,
                        403,
                        200),
                // The admin discharges first (callers run patient, admin, therapist), so the treating
                // therapist meets a discharged record: 409 shows the access check let them through.
                new Endpoint(
                        "POST", p + "/discharge", () -> Map.of("note", "Goals met."), Action.DISCHARGE, 403, 409, 200),
                new Endpoint("POST", p + "/reactivation", none, Action.REACTIVATE, 403, 409, 200));
    }

    @TestFactory
    List<DynamicTest> everyEndpointAnswersEachCallerAsTheAccessTableSays() {
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> ids = idsFor(clinic);

        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String name = endpoint.method() + " " + endpoint.path();
            for (Person outsider : List.of(clinic.paula().person(), clinic.stranger())) {
                tests.add(DynamicTest.dynamicTest(name + " as " + outsider.name() + " -> 404", () -> {
                    endpoint.call(outsider, ids)
                            .then()
                            .statusCode(404)
                            .contentType("application/problem+json")
                            .body("type", equalTo("urn:motus:problem:not-found"));
                    assertTrue(
                            Fixtures.auditRows(
                                            clinic.pat().id(),
                                            outsider.subject(),
                                            endpoint.action().name(),
                                            "DENIED")
                                    >= 1,
                            "the denial is audited");
                }));
            }
            tests.add(DynamicTest.dynamicTest(
                    name + " as the patient -> " + endpoint.patient(),
                    () -> endpoint.call(clinic.pat().person(), ids).then().statusCode(endpoint.patient())));
            tests.add(DynamicTest.dynamicTest(
                    name + " as an admin -> " + endpoint.admin(),
                    () -> endpoint.call(clinic.admin(), ids).then().statusCode(endpoint.admin())));
            tests.add(DynamicTest.dynamicTest(
                    name + " as the treating therapist -> " + endpoint.treatingTherapist(),
                    () -> endpoint.call(clinic.tess(), ids).then().statusCode(endpoint.treatingTherapist())));
        }
        return tests;
    }

    /** Everything the sweep's paths name, made for {@code clinic}'s pat (a flag, a session, an image...). */
    static Map<String, Object> idsFor(Clinic clinic) {
        UUID session = Fixtures.logSession(clinic.pat(), 3, 5, 3); // above the ceiling: raises a flag
        String flag = as(clinic.tess())
                .get("/api/v1/patients/{id}/flags", clinic.pat().id())
                .then()
                .extract()
                .path("[0].id");
        new Person(EXTRA_THERAPIST, "Extra Therapist", "therapist"); // the account exists
        Fixtures.assign(clinic.pat().id(), TRANSFER_FROM);
        UUID invitation = Fixtures.pendingInvitation(clinic.pat(), clinic.admin());
        UUID image = Fixtures.uploadImage(clinic.pat().person(), clinic.pat().id());
        UUID message = UUID.fromString(as(clinic.pat().person())
                .body(Map.of("text", "A photo of my knee.", "imageId", image.toString()))
                .post("/api/v1/patients/{id}/messages", clinic.pat().id())
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        UUID assignment = UUID.fromString(as(clinic.tess())
                .body(Map.of("instrument", "PSFS", "reason", "ON_DEMAND"))
                .post("/api/v1/patients/{id}/prom-assignments", clinic.pat().id())
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        return Map.of(
                "id",
                clinic.pat().id(),
                "assignmentId",
                assignment,
                "sessionId",
                session,
                "flagId",
                flag,
                "invitationId",
                invitation,
                "imageId",
                image,
                "messageId",
                message);
    }

    /** Field names of the clinical record; none may appear in what an admin who does not treat reads. */
    private static final List<String> CLINICAL_FIELDS = List.of(
            "dateOfBirth",
            "conditions",
            "baselinePain",
            "prescribedSessionsPerWeek",
            "activityCeiling",
            "painCeiling",
            "goals",
            "contact",
            "checkIns",
            "flags",
            "pain",
            "painNow",
            "severity");

    @Test
    void anAdminWhoDoesNotTreatThePatientReadsNoneOfTheClinicalFields() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        as(clinic.tess())
                .body(Map.of("dateOfBirth", "1961-02-03", "conditions", List.of("SCIATICA"), "baselinePain", 7))
                .put("/api/v1/patients/{id}/clinical", pat)
                .then()
                .statusCode(200);
        as(clinic.tess())
                .body(Map.of("painCeiling", 4, "reason", "Marker ceiling reason."))
                .put("/api/v1/patients/{id}/activity-ceiling", pat)
                .then()
                .statusCode(200);
        as(clinic.pat().person())
                .body(Map.of("goals", "Marker goal: the hills.", "contact", Map.of("preferredChannel", "APP")))
                .put("/api/v1/patients/{id}/goals-and-contact", pat)
                .then()
                .statusCode(200);
        Map<String, Object> ids = idsFor(clinic);

        List<String> answers = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Response answer = endpoint.call(clinic.admin(), ids);
            answers.add(
                    endpoint.method() + " " + endpoint.path() + " -> " + answer.statusCode() + " " + answer.asString());
        }
        String directory = as(clinic.admin())
                .queryParam("query", clinic.pat().person().name())
                .get("/api/v1/patients/directory")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(clinic.pat().idText()))
                .extract()
                .asString();
        answers.add("directory " + directory);
        answers.add("audit search "
                + as(clinic.admin())
                        .queryParam("patientId", pat.toString())
                        .get("/api/v1/patients/audit-events")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());

        for (String answer : answers) {
            for (String field : CLINICAL_FIELDS) {
                assertTrue(!answer.contains("\"" + field + "\""), () -> "an admin read " + field + ": " + answer);
            }
            for (String value : List.of("1961-02-03", "SCIATICA", "Marker ceiling reason", "Marker goal")) {
                assertTrue(!answer.contains(value), () -> "an admin read " + value + ": " + answer);
            }
        }
        // the same record, read by its treating therapist, holds them: the check above can fail
        String asTherapist = as(clinic.tess()).get("/api/v1/patients/{id}", pat).asString();
        assertTrue(asTherapist.contains("1961-02-03") && asTherapist.contains("Marker goal"), asTherapist);
    }

    /** The FHIR reads (package fhir): the same access table rows as their REST twins. */
    static List<Endpoint> fhirEndpoints() {
        String f = "/fhir/R4";
        Supplier<Object> none = null;
        return List.of(
                new Endpoint("GET", f + "/Patient/{id}", none, Action.READ_RECORD, 200, 200, 403),
                new Endpoint("GET", f + "/Observation?patient={id}", none, Action.READ_CHECK_INS, 200, 200, 403),
                new Endpoint(
                        "GET",
                        f + "/Observation?patient=Patient/{id}&code=8867-4",
                        none,
                        Action.READ_SESSIONS,
                        200,
                        200,
                        403),
                new Endpoint("GET", f + "/Flag?patient={id}&status=active", none, Action.READ_FLAGS, 200, 200, 403),
                new Endpoint("GET", f + "/QuestionnaireResponse?patient={id}", none, Action.READ_PROMS, 200, 200, 403),
                new Endpoint("GET", f + "/QuestionnaireResponse/{promId}", none, Action.READ_PROMS, 200, 200, 403),
                new Endpoint("GET", f + "/Consent?patient={id}", none, Action.READ_CONSENTS, 200, 200, 200),
                new Endpoint("GET", f + "/CareTeam/{id}", none, Action.READ_CARE_TEAM, 200, 200, 200),
                new Endpoint("GET", f + "/CareTeam?patient={id}", none, Action.READ_CARE_TEAM, 200, 200, 200),
                new Endpoint(
                        "POST",
                        f + "/Observation",
                        AccessSweepTest::painObservation,
                        Action.IMPORT_OBSERVATION,
                        201,
                        201,
                        403),
                // $everything reads the record first: an admin who does not treat is refused there (403).
                new Endpoint("GET", f + "/Patient/{id}/$everything", none, Action.READ_RECORD, 200, 200, 403));
    }

    @TestFactory
    List<DynamicTest> everyFhirEndpointAnswersEachCallerAsTheAccessTableSays() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.logSession(clinic.pat(), 3, 5, 3);
        UUID promId = UUID.randomUUID();
        Fixtures.sql(
                "insert into prom_response (id, patient_id, instrument, score, answered_at) values (?1, ?2, 'PEG_3', 4, now())",
                promId,
                clinic.pat().id());
        Map<String, Object> ids = Map.of("id", clinic.pat().id(), "promId", promId);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : fhirEndpoints()) {
            String name = endpoint.method() + " " + endpoint.path();
            for (Person outsider : List.of(clinic.paula().person(), clinic.stranger())) {
                tests.add(DynamicTest.dynamicTest(name + " as " + outsider.name() + " -> 404", () -> {
                    endpoint.call(outsider, ids)
                            .then()
                            .statusCode(404)
                            .contentType(startsWith("application/fhir+json"))
                            .body("resourceType", equalTo("OperationOutcome"))
                            .body("issue[0].code", equalTo("not-found"));
                    assertTrue(
                            Fixtures.auditRows(
                                            clinic.pat().id(),
                                            outsider.subject(),
                                            endpoint.action().name(),
                                            "DENIED")
                                    >= 1,
                            "the denial is audited");
                }));
            }
            tests.add(DynamicTest.dynamicTest(
                    name + " without a token -> 401",
                    () -> io.restassured.RestAssured.given()
                            .get(endpoint.path()
                                    .replace("{id}", clinic.pat().idText())
                                    .replace("{promId}", promId.toString()))
                            .then()
                            .statusCode(401)
                            .body("resourceType", equalTo("OperationOutcome"))));
            tests.add(DynamicTest.dynamicTest(
                    name + " as the patient -> " + endpoint.patient(),
                    () -> endpoint.call(clinic.pat().person(), ids).then().statusCode(endpoint.patient())));
            tests.add(DynamicTest.dynamicTest(
                    name + " as an admin -> " + endpoint.admin(),
                    () -> endpoint.call(clinic.admin(), ids).then().statusCode(endpoint.admin())));
            tests.add(DynamicTest.dynamicTest(
                    name + " as the treating therapist -> " + endpoint.treatingTherapist(),
                    () -> endpoint.call(clinic.tess(), ids).then().statusCode(endpoint.treatingTherapist())));
            // Machine clients (ADR 0054): a system/*.read client reads, writes nothing; a client whose
            // scopes name another type is refused; a patient/ client for paula does not reach pat.
            boolean read = endpoint.method().equals("GET");
            tests.add(DynamicTest.dynamicTest(
                    name + " as a system/*.read client -> " + (read ? 200 : 403),
                    () -> endpoint.call(
                                    Tokens.machine("sweep-ehr", "system/*.read").token(), ids)
                            .then()
                            .statusCode(read ? 200 : 403)));
            tests.add(DynamicTest.dynamicTest(
                    name + " as a client scoped to another type -> 403",
                    () -> endpoint.call(
                                    Tokens.machine("sweep-registry", "system/Practitioner.read")
                                            .token(),
                                    ids)
                            .then()
                            .statusCode(403)
                            .body("resourceType", equalTo("OperationOutcome"))));
            tests.add(DynamicTest.dynamicTest(
                    name + " as a patient/*.read client for another patient -> " + (read ? 404 : 403),
                    () -> endpoint.call(
                                    Tokens.machineFor(
                                                    "sweep-device",
                                                    "patient/*.read",
                                                    clinic.paula().id())
                                            .token(),
                                    ids)
                            .then()
                            .statusCode(read ? 404 : 403)));
            tests.add(DynamicTest.dynamicTest(
                    name + " as the notifier service account -> 403",
                    () -> endpoint.call(new Person(UUID.randomUUID().toString(), "Session Gateway", "notifier"), ids)
                            .then()
                            .statusCode(403)));
        }
        return tests;
    }

    /**
     * The role-level FHIR reads: the audit trail as AuditEvents (docs/adr/0053), admins only as the
     * REST audit search. Everyone else is refused by role (403), whichever patient the query names.
     */
    static List<String> fhirAdminEndpoints() {
        String f = "/fhir/R4";
        return List.of(
                f + "/AuditEvent?patient={id}",
                f + "/AuditEvent?entity=Patient/{id}&outcome=4",
                f + "/AuditEvent?agent=Practitioner/{tess}",
                f + "/AuditEvent/{auditEventId}");
    }

    @TestFactory
    List<DynamicTest> everyAdminOnlyFhirEndpointRefusesEveryoneElse() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.tess()).get("/api/v1/patients/{id}", clinic.pat().id()).then().statusCode(200);
        UUID auditEventId = UUID.fromString(as(clinic.admin())
                .queryParam("patientId", clinic.pat().idText())
                .get("/api/v1/patients/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id"));
        Map<String, Object> ids =
                Map.of("id", clinic.pat().id(), "tess", clinic.tess().subject(), "auditEventId", auditEventId);
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : fhirAdminEndpoints()) {
            Endpoint endpoint = new Endpoint("GET", path, null, Action.SEARCH_AUDIT_EVENTS, 403, 403, 200);
            tests.add(DynamicTest.dynamicTest(
                    path + " as an admin -> 200",
                    () -> endpoint.call(clinic.admin(), ids).then().statusCode(200)));
            for (Person other : List.of(
                    clinic.pat().person(),
                    clinic.tess(),
                    clinic.paula().person(),
                    clinic.stranger(),
                    new Person(UUID.randomUUID().toString(), "Session Gateway", "notifier"))) {
                tests.add(DynamicTest.dynamicTest(
                        path + " as " + other.name() + " -> 403",
                        () -> endpoint.call(other, ids)
                                .then()
                                .statusCode(403)
                                .contentType(startsWith("application/fhir+json"))
                                .body("resourceType", equalTo("OperationOutcome"))));
            }
        }
        return tests;
    }

    @Test
    void theNotifierServiceAccountReachesNoPatientScopedEndpoint() {
        Clinic clinic = Fixtures.clinic();
        Person gateway = new Person(UUID.randomUUID().toString(), "Session Gateway", "notifier");
        Map<String, Object> ids = unknownIdsAround(clinic.pat().id());
        for (Endpoint endpoint : endpoints()) {
            endpoint.call(gateway, ids).then().statusCode(403);
        }
    }

    /** pat's record id with ids of things that do not exist: a service account must be refused before looking. */
    private static Map<String, Object> unknownIdsAround(UUID patientId) {
        return Map.of(
                "id", patientId,
                "sessionId", UUID.randomUUID(),
                "flagId", UUID.randomUUID(),
                "invitationId", UUID.randomUUID(),
                "imageId", UUID.randomUUID(),
                "messageId", UUID.randomUUID(),
                "assignmentId", UUID.randomUUID());
    }

    @Test
    void aMachineClientReachesNoRestEndpointWhateverItsScopes() {
        Clinic clinic = Fixtures.clinic();
        String ehr = Tokens.machine("sweep-ehr", "system/*.read system/*.* patient/*.read user/*.*")
                .token();
        Map<String, Object> ids = unknownIdsAround(clinic.pat().id());
        for (Endpoint endpoint : endpoints()) {
            endpoint.call(ehr, ids).then().statusCode(403);
        }
    }

    @Test
    void everyPatientScopedEndpointIsInTheSweep() {
        long patientScopedActions = java.util.Arrays.stream(Action.values())
                .filter(a -> !a.allowedFor().isEmpty())
                .count();
        // In the REST sweep or the FHIR one (IMPORT_OBSERVATION is FHIR's only).
        assertEquals(
                patientScopedActions,
                java.util.stream.Stream.concat(endpoints().stream(), fhirEndpoints().stream())
                        .map(Endpoint::action)
                        .distinct()
                        .count());
    }

    @Test
    void tokenScopedEndpointsNeverShowSomeoneElse() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.paula().person())
                .get("/api/v1/patients/me")
                .then()
                .body("id", equalTo(clinic.paula().idText()));
        as(clinic.stranger()).get("/api/v1/caseload").then().statusCode(200).body("$", hasSize(0));
        as(clinic.tess())
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].patientId", equalTo(clinic.pat().idText()));
    }

    @Test
    void anUnknownPatientIdIsNotFoundForEveryone() {
        UUID nobody = UUID.randomUUID();
        for (Person caller : List.of(Tokens.patient("P"), Tokens.therapist("T"), Tokens.admin("A"))) {
            as(caller).get("/api/v1/patients/{id}/check-ins", nobody).then().statusCode(404);
        }
    }
}
