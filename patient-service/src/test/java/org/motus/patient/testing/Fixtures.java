package org.motus.patient.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motus.patient.testing.Tokens.Person;

/**
 * The one place that builds test data for patient-service: people and their records, care-team
 * links, request bodies, rows written straight to the database (history older than the API
 * accepts), and counts of what got stored.
 */
public final class Fixtures {

    private Fixtures() {}

    /** A patient with a record (created through GET /me, as on first sign-in). */
    public record Enrolled(Person person, UUID id) {
        public String idText() {
            return id.toString();
        }
    }

    /**
     * A small clinic for one test: pat treated by tess; paula, another patient; a therapist who
     * does not treat pat; an admin.
     */
    public record Clinic(Enrolled pat, Person tess, Enrolled paula, Person stranger, Person admin) {}

    public static Clinic clinic() {
        Enrolled pat = enrol(Tokens.patient("Pat Patient"));
        Person tess = Tokens.therapist("Tess Therapist");
        assign(pat.id(), tess);
        Enrolled paula = enrol(Tokens.patient("Paula Other"));
        return new Clinic(pat, tess, paula, Tokens.therapist("Stranger Therapist"), Tokens.admin("Adam Admin"));
    }

    public static Enrolled enrol(Person patient) {
        String id = as(patient)
                .get("/api/v1/patients/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        return new Enrolled(patient, UUID.fromString(id));
    }

    /** A request as this person, sending JSON. */
    public static RequestSpecification as(Person person) {
        return given().auth().oauth2(person.token()).contentType(ContentType.JSON);
    }

    public static void assign(UUID patientId, Person therapist) {
        sql(
                "insert into care_team_member (patient_id, therapist_subject) values (?1, ?2)",
                patientId,
                therapist.subject());
    }

    public static void setBaselineAndFrequency(UUID patientId, Integer baselinePain, Integer sessionsPerWeek) {
        sql(
                "update patient set baseline_pain = ?1, prescribed_sessions_per_week = ?2 where id = ?3",
                baselinePain,
                sessionsPerWeek,
                patientId);
    }

    /**
     * An invitation row for an enrolled patient whose account has not been set up yet (as if
     * {@code invitedBy} had invited them), valid for 72 hours.
     */
    public static UUID pendingInvitation(Enrolled patient, Person invitedBy) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        sql(
                """
                insert into invitation (id, subject, email, role, patient_id, invited_by, invited_at, last_sent_at, expires_at)
                values (?1, ?2, ?3, 'PATIENT', ?4, ?5, ?6, ?6, ?7)""",
                id,
                patient.person().subject(),
                patient.person().subject() + "@people.example",
                patient.id(),
                invitedBy.subject(),
                now,
                now.plus(72, ChronoUnit.HOURS));
        FakeAccounts.awaitSetUp(patient.person().subject());
        return id;
    }

    // ---- request bodies

    /** A message body with only text. */
    public static Map<String, Object> message(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        return body;
    }

    /** Sends a message through the API and returns its id. */
    public static UUID sendMessage(Person author, UUID patientId, String text) {
        String id = as(author)
                .body(message(text))
                .post("/api/v1/patients/{id}/messages", patientId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    /** Uploads a small JPEG to the patient's thread through the API and returns the image's id. */
    public static UUID uploadImage(Person uploader, UUID patientId) {
        String id = given().auth()
                .oauth2(uploader.token())
                .contentType("image/jpeg")
                .body(Images.jpeg(40, 30))
                .post("/api/v1/patients/{id}/messages/images", patientId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    public static Map<String, Object> checkIn(String kind, Object pain) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("pain", pain);
        return body;
    }

    public static Map<String, Object> checkIn(String kind, Object pain, UUID sessionId) {
        Map<String, Object> body = checkIn(kind, pain);
        body.put("sessionId", sessionId.toString());
        return body;
    }

    /** The version of the consent texts in force (patient-service's resources/consent). */
    public static final String CONSENT_VERSION = "2026-12-01";

    /** A decision on the consent text in force. */
    public static Map<String, Object> consent(String kind, Object accepted) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("textVersion", CONSENT_VERSION);
        body.put("accepted", accepted);
        return body;
    }

    /** Contact preferences with every field set: push for follow-ups, email for visits, quiet 22:00-07:00. */
    public static Map<String, Object> contactPreferences() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("followUpReminders", channels(true, false, true));
        body.put("programmeDayReminders", channels(true, false, false));
        body.put("programmeDayReminderTime", "18:30");
        body.put("visitReminders", channels(true, true, false));
        body.put("messageNotices", channels(true, true, false));
        body.put("quietHours", quietHours("22:00", "07:00"));
        return body;
    }

    public static Map<String, Object> channels(Object inApp, Object email, Object webPush) {
        Map<String, Object> channels = new LinkedHashMap<>();
        channels.put("inApp", inApp);
        channels.put("email", email);
        channels.put("webPush", webPush);
        return channels;
    }

    public static Map<String, Object> quietHours(Object start, Object end) {
        Map<String, Object> quiet = new LinkedHashMap<>();
        quiet.put("start", start);
        quiet.put("end", end);
        return quiet;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    public static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    /**
     * A span of up to {@code seconds} that ended a little before now and lies wholly within today
     * (UTC), so day and week counts do not depend on when the test runs (shorter just after midnight).
     */
    public static Instant[] earlierToday(long seconds) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant midnight =
                LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = latest(midnight, now.minusSeconds(60));
        Instant start = latest(midnight, end.minusSeconds(seconds));
        return new Instant[] {start, end};
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A session of up to 20 minutes earlier today, with the given pains (null leaves one out). */
    public static Map<String, Object> session(Integer painBefore, Integer painDuringPeak, Integer painAfter) {
        Instant[] span = earlierToday(1200);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", "9a1a0000-0000-4000-8000-000000000001");
        body.put("planVersion", 2);
        body.put("startedAt", span[0].toString());
        body.put("endedAt", span[1].toString());
        body.put(
                "items",
                List.of(
                        item("0b6f1c1e-3f0a-4c1e-9d1a-000000000001", Map.of("durationMinutes", 20)),
                        item("0b6f1c1e-3f0a-4c1e-9d1a-000000000005", Map.of("sets", 2, "holdSeconds", 45))));
        body.put("averageHeartRateBpm", 110);
        body.put("peakHeartRateBpm", 126);
        if (painBefore != null) {
            body.put("painBefore", painBefore);
        }
        if (painDuringPeak != null) {
            body.put("painDuringPeak", painDuringPeak);
        }
        if (painAfter != null) {
            body.put("painAfter", painAfter);
        }
        return body;
    }

    private static Map<String, Object> item(String exerciseId, Map<String, Object> dosage) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("exerciseId", exerciseId);
        item.putAll(dosage);
        return item;
    }

    /** Logs a session through the API as the patient and returns its id. */
    public static UUID logSession(Enrolled patient, Integer painBefore, Integer painDuringPeak, Integer painAfter) {
        String id = as(patient.person())
                .body(session(painBefore, painDuringPeak, painAfter))
                .post("/api/v1/patients/{id}/sessions", patient.id())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    /**
     * Logs a session that ended {@code minutesAgo} minutes ago (20 minutes long), so a FOLLOW_UP
     * sent now falls where the test wants it in the window (rule 12: 90-240 minutes after the end).
     */
    public static UUID logSessionEnded(
            Enrolled patient, long minutesAgo, Integer painBefore, Integer painDuringPeak, Integer painAfter) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(minutesAgo * 60);
        Map<String, Object> body = session(painBefore, painDuringPeak, painAfter);
        body.put("startedAt", end.minusSeconds(1200).toString());
        body.put("endedAt", end.toString());
        String id = as(patient.person())
                .body(body)
                .post("/api/v1/patients/{id}/sessions", patient.id())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    /** A session whose follow-up window is open now (it ended two hours ago). */
    public static UUID logSessionReadyForFollowUp(
            Enrolled patient, Integer painBefore, Integer painDuringPeak, Integer painAfter) {
        return logSessionEnded(patient, 120, painBefore, painDuringPeak, painAfter);
    }

    public static String text(int bytes) {
        return "x".repeat(bytes);
    }

    // ---- history written straight to the database (the API refuses times older than 7 days)

    public static void pastCheckIn(UUID patientId, String kind, int pain, Instant at) {
        sql(
                "insert into check_in (id, patient_id, kind, pain, occurred_at) values (?1, ?2, ?3, ?4, ?5)",
                UUID.randomUUID(),
                patientId,
                kind,
                pain,
                at);
    }

    public static UUID pastSession(UUID patientId, Instant startedAt, int painBefore) {
        UUID id = UUID.randomUUID();
        sql(
                "insert into exercise_session (id, patient_id, started_at, ended_at) values (?1, ?2, ?3, ?4)",
                id,
                patientId,
                startedAt,
                startedAt.plusSeconds(900));
        sql(
                "insert into session_item (session_id, position, exercise_id, duration_minutes) values (?1, 1, ?2, 15)",
                id,
                UUID.fromString("0b6f1c1e-3f0a-4c1e-9d1a-000000000001"));
        sql(
                "insert into check_in (id, patient_id, kind, pain, session_id, occurred_at) values (?1, ?2, 'BEFORE', ?3, ?4, ?5)",
                UUID.randomUUID(),
                patientId,
                painBefore,
                id,
                startedAt);
        return id;
    }

    // ---- what got stored

    /** Rows of a patient-owned table (check_in, exercise_session, flag, care_team_member, ...) for one patient. */
    public static long rows(String table, UUID patientId) {
        if (!List.of(
                        "check_in",
                        "exercise_session",
                        "flag",
                        "care_team_member",
                        "consent_decision",
                        "contact_preference",
                        "care_team_transfer",
                        "invitation",
                        "message",
                        "message_image")
                .contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return count("select count(*) from " + table + " where patient_id = ?1", patientId);
    }

    public static long auditRows(UUID patientId, String actorSubject, String action, String outcome) {
        return count(
                "select count(*) from audit_event where patient_id = ?1 and actor_subject = ?2 and action = ?3 and outcome = ?4",
                patientId,
                actorSubject,
                action,
                outcome);
    }

    public static long count(String query, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var native_ = Panache.getEntityManager().createNativeQuery(query);
            for (int i = 0; i < parameters.length; i++) {
                native_.setParameter(i + 1, parameters[i]);
            }
            return ((Number) native_.getSingleResult()).longValue();
        });
    }

    /** The patient accepted the remote-monitoring consent at {@code at} (a row as the consent screen writes it). */
    public static void remoteMonitoringConsentSince(UUID patientId, Instant at) {
        sql(
                "insert into consent_decision (id, patient_id, kind, text_version, text_sha256, decision, decided_at,"
                        + " decided_by) values (?1, ?2, 'REMOTE_MONITORING', '2026-01-01', ?3, 'ACCEPTED', ?4, 'fixture')",
                UUID.randomUUID(),
                patientId,
                "0".repeat(64),
                at);
    }

    public static int sql(String statement, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var native_ = Panache.getEntityManager().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                native_.setParameter(i + 1, parameters[i]);
            }
            return native_.executeUpdate();
        });
    }
}
