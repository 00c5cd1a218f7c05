package org.motus.patient.checkin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;
import static org.motus.patient.testing.Fixtures.rows;
import static org.motus.patient.testing.Fixtures.session;
import static org.motus.patient.testing.Fixtures.text;
import static org.motus.patient.testing.Fixtures.with;
import static org.motus.patient.testing.Fixtures.without;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

/**
 * Bad input gets a 400 problem and stores nothing: malformed JSON, wrong types, pain 11 or -1,
 * notes over 4 KB, an empty string for an id, a time or an enum, an empty Idempotency-Key. One row
 * per case; a new case is a new row. And what the fuzzer of issue 16 found: null where the document
 * said non-null (now documented as "none"), OPTIONS and 405 without the right Allow.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class MalformedInputTest {

    record Case(String name, String path, String table, Object body) {}

    private static final String CHECK_INS = "/api/v1/patients/{id}/check-ins";
    private static final String SESSIONS = "/api/v1/patients/{id}/sessions";
    private static final String MESSAGES = "/api/v1/patients/{id}/messages";

    private static List<Case> cases() {
        Map<String, Object> daily = checkIn("DAILY", 4);
        Map<String, Object> session = session(3, 3, 3);
        return List.of(
                new Case("malformed JSON", CHECK_INS, "check_in", "{\"kind\":\"DAILY\",\"pain\":"),
                new Case("not an object", CHECK_INS, "check_in", "[1,2,3]"),
                new Case("empty body", CHECK_INS, "check_in", ""),
                new Case("trailing garbage", CHECK_INS, "check_in", "{\"kind\":\"DAILY\",\"pain\":4} x"),
                new Case("pain as text", CHECK_INS, "check_in", with(daily, "pain", "high")),
                new Case("pain as numeric text", CHECK_INS, "check_in", with(daily, "pain", "4")),
                new Case("pain as fraction", CHECK_INS, "check_in", with(daily, "pain", 3.5)),
                new Case("pain as boolean", CHECK_INS, "check_in", with(daily, "pain", true)),
                new Case("pain 11", CHECK_INS, "check_in", with(daily, "pain", 11)),
                new Case("pain -1", CHECK_INS, "check_in", with(daily, "pain", -1)),
                new Case("pain missing", CHECK_INS, "check_in", without(daily, "pain")),
                new Case("unknown kind", CHECK_INS, "check_in", with(daily, "kind", "SOMETIMES")),
                new Case("kind as number", CHECK_INS, "check_in", with(daily, "kind", 1)),
                new Case("unknown field", CHECK_INS, "check_in", with(daily, "pian", 4)),
                new Case("late set by the client", CHECK_INS, "check_in", with(daily, "late", true)),
                new Case("note over 4 KB", CHECK_INS, "check_in", with(daily, "note", text(4097))),
                new Case("note over 4 KB in UTF-8", CHECK_INS, "check_in", with(daily, "note", "é".repeat(2049))),
                new Case("note as object", CHECK_INS, "check_in", with(daily, "note", Map.of("a", 1))),
                new Case("session id not a UUID", CHECK_INS, "check_in", with(checkIn("AFTER", 3), "sessionId", "abc")),
                new Case("time not a time", CHECK_INS, "check_in", with(daily, "occurredAt", "yesterday")),
                new Case(
                        "session id empty (not the same as none)",
                        CHECK_INS,
                        "check_in",
                        with(checkIn("AFTER", 3), "sessionId", "")),
                new Case("time empty", CHECK_INS, "check_in", with(daily, "occurredAt", "")),
                new Case("kind empty", CHECK_INS, "check_in", with(daily, "kind", "")),
                new Case("unknown red flag code", CHECK_INS, "check_in", with(daily, "redFlags", List.of("HEADACHE"))),
                new Case(
                        "red flag code twice",
                        CHECK_INS,
                        "check_in",
                        with(daily, "redFlags", List.of("NIGHT_PAIN", "NIGHT_PAIN"))),
                new Case("red flags as text", CHECK_INS, "check_in", with(daily, "redFlags", "NIGHT_PAIN")),
                new Case(
                        "red flag null in the list",
                        CHECK_INS,
                        "check_in",
                        with(daily, "redFlags", Arrays.asList("NIGHT_PAIN", null))),
                new Case("note of 1,001 characters", CHECK_INS, "check_in", with(daily, "note", text(1001))),
                new Case("follow-up without its session", CHECK_INS, "check_in", checkIn("FOLLOW_UP", 3)),
                new Case("message: malformed JSON", MESSAGES, "message", "{\"text\":"),
                new Case("message: empty", MESSAGES, "message", Map.of()),
                new Case("message: only spaces", MESSAGES, "message", Fixtures.message("  \n\t ")),
                new Case(
                        "message: only control characters",
                        MESSAGES,
                        "message",
                        Fixtures.message("\u0000\u0007\u009b")),
                new Case("message: 4,001 characters", MESSAGES, "message", Fixtures.message(text(4001))),
                new Case(
                        "message: 4,001 code points outside the BMP",
                        MESSAGES,
                        "message",
                        Fixtures.message("\uD83D\uDE00".repeat(4001))),
                new Case("message: text as number", MESSAGES, "message", Map.of("text", 42)),
                new Case("message: unknown field", MESSAGES, "message", with(Fixtures.message("Hi"), "html", "<b>")),
                new Case(
                        "message: exercise reference with spaces",
                        MESSAGES,
                        "message",
                        with(Fixtures.message("Hi"), "exerciseRef", "Step Ups")),
                new Case(
                        "message: exercise reference of one character",
                        MESSAGES,
                        "message",
                        with(Fixtures.message("Hi"), "exerciseRef", "a")),
                new Case(
                        "message: exercise reference as object",
                        MESSAGES,
                        "message",
                        with(Fixtures.message("Hi"), "exerciseRef", Map.of("id", 1))),
                new Case(
                        "message: image id not a UUID",
                        MESSAGES,
                        "message",
                        with(Fixtures.message("Hi"), "imageId", "photo.jpg")),
                new Case("message: image id empty", MESSAGES, "message", with(Fixtures.message("Hi"), "imageId", "")),
                new Case("session: malformed JSON", SESSIONS, "exercise_session", "{\"painBefore\":3,"),
                new Case("session: pain before 11", SESSIONS, "exercise_session", with(session, "painBefore", 11)),
                new Case("session: pain during -1", SESSIONS, "exercise_session", with(session, "painDuringPeak", -1)),
                new Case("session: pain before missing", SESSIONS, "exercise_session", without(session, "painBefore")),
                new Case("session: no items", SESSIONS, "exercise_session", with(session, "items", List.of())),
                new Case("session: items as text", SESSIONS, "exercise_session", with(session, "items", "walk")),
                new Case(
                        "session: item without exercise",
                        SESSIONS,
                        "exercise_session",
                        with(session, "items", List.of(Map.of("sets", 2)))),
                new Case(
                        "session: 21 sets",
                        SESSIONS,
                        "exercise_session",
                        with(
                                session,
                                "items",
                                List.of(Map.of("exerciseId", "0b6f1c1e-3f0a-4c1e-9d1a-000000000003", "sets", 21)))),
                new Case(
                        "session: ends before it starts",
                        SESSIONS,
                        "exercise_session",
                        with(session, "endedAt", "2000-01-01T00:00:00Z")),
                new Case(
                        "session: plan id without version",
                        SESSIONS,
                        "exercise_session",
                        without(session, "planVersion")),
                new Case("session: note over 4 KB", SESSIONS, "exercise_session", with(session, "note", text(4097))),
                new Case(
                        "session: heart rate 400",
                        SESSIONS,
                        "exercise_session",
                        with(session, "peakHeartRateBpm", 400)),
                new Case(
                        "session: unknown red flag code",
                        SESSIONS,
                        "exercise_session",
                        with(session, "redFlags", List.of("FLU"))),
                new Case(
                        "session: red flag code twice",
                        SESSIONS,
                        "exercise_session",
                        with(session, "redFlags", List.of("FALL_OR_INJURY", "FALL_OR_INJURY"))),
                new Case(
                        "session: note of 1,001 characters",
                        SESSIONS,
                        "exercise_session",
                        with(session, "note", text(1001))),
                new Case(
                        "session: zone with only its low end",
                        SESSIONS,
                        "exercise_session",
                        with(
                                session,
                                "items",
                                List.of(Map.of(
                                        "exerciseId",
                                        "0b6f1c1e-3f0a-4c1e-9d1a-000000000001",
                                        "targetZoneLowPercent",
                                        50)))),
                new Case(
                        "session: zone with only its high end",
                        SESSIONS,
                        "exercise_session",
                        with(
                                session,
                                "items",
                                List.of(Map.of(
                                        "exerciseId",
                                        "0b6f1c1e-3f0a-4c1e-9d1a-000000000001",
                                        "targetZoneHighPercent",
                                        70)))),
                new Case(
                        "session: zone low above high",
                        SESSIONS,
                        "exercise_session",
                        with(
                                session,
                                "items",
                                List.of(Map.of(
                                        "exerciseId",
                                        "0b6f1c1e-3f0a-4c1e-9d1a-000000000001",
                                        "targetZoneLowPercent",
                                        80,
                                        "targetZoneHighPercent",
                                        70)))),
                new Case(
                        "session: zone 101 %",
                        SESSIONS,
                        "exercise_session",
                        with(
                                session,
                                "items",
                                List.of(Map.of(
                                        "exerciseId",
                                        "0b6f1c1e-3f0a-4c1e-9d1a-000000000001",
                                        "targetZoneLowPercent",
                                        50,
                                        "targetZoneHighPercent",
                                        101)))));
    }

    @Test
    void badInputIsA400ProblemAndStoresNothing() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Sloppy"));
        for (Case c : cases()) {
            as(pat.person())
                    .body(c.body())
                    .post(c.path(), pat.id())
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body(
                            "type",
                            anyOf(equalTo("urn:motus:problem:validation"), equalTo("urn:motus:problem:malformed-body")))
                    .body("detail", notNullValue());
            assertEquals(0, rows(c.table(), pat.id()), c.name() + " stored something");
        }
        assertEquals(0, rows("check_in", pat.id()));
    }

    /** The therapist's ceiling (rule 13) and the zone (rule 18): bad input is a 400 and changes nothing. */
    @Test
    void aBadCeilingOrTimeZoneIsA400AndChangesNothing() {
        Fixtures.Clinic clinic = Fixtures.clinic();
        String ceiling = "/api/v1/patients/{id}/activity-ceiling";
        List<Object> badCeilings = List.of(
                Map.of("painCeiling", 11, "reason", "High baseline."),
                Map.of("painCeiling", -1, "reason", "High baseline."),
                Map.of("painCeiling", 5),
                Map.of("painCeiling", 5, "reason", "  "),
                Map.of("painCeiling", 5, "reason", text(501)),
                Map.of("reason", "High baseline."),
                Map.of("painCeiling", "5", "reason", "High baseline."),
                Map.of("painCeiling", 4.5, "reason", "High baseline."),
                Map.of("painCeiling", 5, "reason", "High baseline.", "extra", true),
                "{\"painCeiling\":5,");
        for (Object body : badCeilings) {
            as(clinic.tess())
                    .body(body)
                    .put(ceiling, clinic.pat().id())
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        assertEquals(
                0,
                Fixtures.count(
                        "select count(*) from patient where id = ?1 and activity_ceiling is not null",
                        clinic.pat().id()));
        List<Object> badZones = List.of(
                Map.of("timeZone", "Mars/Olympus"),
                Map.of("timeZone", ""),
                Map.of("timeZone", "+02:00"),
                Map.of("timeZone", text(65)),
                Map.of(),
                Map.of("timeZone", 1));
        for (Object body : badZones) {
            as(clinic.pat().person())
                    .body(body)
                    .put("/api/v1/patients/{id}/time-zone", clinic.pat().id())
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        assertEquals(
                0,
                Fixtures.count(
                        "select count(*) from patient where id = ?1 and (time_zone <> 'UTC' or time_zone_set_at is not null)",
                        clinic.pat().id()));
    }

    @Test
    void aBadIdempotencyKeyIsA400() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Bad Key"));
        for (String key : List.of("x".repeat(201), "", " ", "two words")) {
            as(pat.person())
                    .header("Idempotency-Key", key)
                    .body(checkIn("DAILY", 4))
                    .post(CHECK_INS, pat.id())
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(400)
                    .contentType("application/problem+json");
            as(pat.person())
                    .header("Idempotency-Key", key)
                    .body(session(3, 3, 3))
                    .post(SESSIONS, pat.id())
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        assertEquals(0, rows("check_in", pat.id()));
        assertEquals(0, rows("exercise_session", pat.id()));
    }

    /** null is how a client says "none" for the optional parts of the record, and the document says so. */
    @Test
    void nullForAnOptionalFieldMeansNoneAndIsDocumentedAsNullable() {
        Fixtures.Clinic clinic = Fixtures.clinic();
        as(clinic.pat().person())
                .body(Map.of("contact", Collections.singletonMap("preferredChannel", "EMAIL")))
                .put("/api/v1/patients/{id}/goals-and-contact", clinic.pat().id())
                .then()
                .statusCode(200);
        Map<String, Object> contact = new HashMap<>();
        contact.put("preferredChannel", "SMS");
        contact.put("email", null);
        contact.put("phone", null);
        Map<String, Object> body = new HashMap<>();
        body.put("goals", null);
        body.put("contact", contact);
        as(clinic.pat().person())
                .body(body)
                .put("/api/v1/patients/{id}/goals-and-contact", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("contact.phone", nullValue())
                .body("goals", nullValue());
        Map<String, Object> clinical = new HashMap<>();
        clinical.put("dateOfBirth", null);
        clinical.put("conditions", List.of());
        clinical.put("baselinePain", null);
        as(clinic.tess())
                .body(clinical)
                .put("/api/v1/patients/{id}/clinical", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("baselinePain", nullValue());
        Map<String, Object> document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath()
                .getMap("components.schemas");
        for (String field : List.of(
                "ContactPreferences.phone",
                "ContactPreferences.email",
                "GoalsAndContact.goals",
                "ClinicalFields.baselinePain",
                "ClinicalFields.dateOfBirth",
                "PatientView.baselinePain")) {
            String[] parts = field.split("\\.");
            @SuppressWarnings("unchecked")
            Map<String, Object> property = (Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) document.get(parts[0])).get("properties"))
                            .get(parts[1]);
            assertEquals(Boolean.TRUE, property.get("nullable"), field + " is not documented as nullable");
        }
    }

    /** RFC 9110: OPTIONS names the methods a path has, and a 405 says them in Allow. */
    @Test
    void optionsAndMethodNotAllowedNameTheMethodsOfThePath() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Options"));
        String allow = as(pat.person())
                .options(CHECK_INS, pat.id())
                .then()
                .statusCode(anyOf(equalTo(200), equalTo(204)))
                .extract()
                .header("Allow");
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), methods(allow), "OPTIONS " + CHECK_INS);
        String notAllowed = as(pat.person())
                .delete(CHECK_INS, pat.id())
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .extract()
                .header("Allow");
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), methods(notAllowed), "405 on DELETE " + CHECK_INS);
        assertEquals(0, rows("check_in", pat.id()));
    }

    private static Set<String> methods(String allow) {
        assertNotNull(allow, "no Allow header");
        return Arrays.stream(allow.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    @Test
    void badQueryParametersAreA400NotA404() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Bad Query"));
        as(pat.person())
                .queryParam("from", "last tuesday")
                .get(CHECK_INS, pat.id())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(pat.person())
                .queryParam("weeks", "0")
                .get("/api/v1/patients/{id}/progress", pat.id())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(pat.person())
                .queryParam("status", "open")
                .get("/api/v1/patients/{id}/flags", pat.id())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Text"));
        as(pat.person())
                .contentType("text/plain")
                .body("pain=4")
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        assertEquals(0, rows("check_in", pat.id()));
    }
}
