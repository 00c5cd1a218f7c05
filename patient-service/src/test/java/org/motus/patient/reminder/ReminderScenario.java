package org.motus.patient.reminder;

import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

/** Reminder tests' patients, set up through the API, and what their reminders and notices became. */
final class ReminderScenario {

    private ReminderScenario() {}

    /** A patient living in {@code zone}, with their contact email on record. */
    static Enrolled patientIn(String zone) {
        Enrolled patient = Fixtures.enrol(Tokens.patient("Rita Reminded"));
        as(patient.person())
                .body(Map.of("timeZone", zone))
                .put("/api/v1/patients/{id}/time-zone", patient.id())
                .then()
                .statusCode(200);
        as(patient.person())
                .body(Map.of(
                        "goals",
                        "Walk to the market.",
                        "contact",
                        Map.of("preferredChannel", "EMAIL", "email", email(patient))))
                .put("/api/v1/patients/{id}/goals-and-contact", patient.id())
                .then()
                .statusCode(200);
        return patient;
    }

    static String email(Enrolled patient) {
        return "patient-" + patient.id() + "@example.org";
    }

    /** Sets the patient's preferences: the follow-up, programme-day and visit channels, time and quiet hours. */
    static void choose(Enrolled patient, Map<String, Object> channels, String time, Map<String, Object> quiet) {
        Map<String, Object> body = Fixtures.contactPreferences();
        body.put("followUpReminders", channels);
        body.put("programmeDayReminders", channels);
        body.put("visitReminders", channels);
        body.put("programmeDayReminderTime", time);
        body.put("quietHours", quiet);
        as(patient.person())
                .body(body)
                .put("/api/v1/patients/{id}/contact-preferences", patient.id())
                .then()
                .statusCode(200);
    }

    /** Logs a 20-minute session that ended at {@code end} (the service's clock must be after it). */
    static UUID sessionEndedAt(Enrolled patient, Instant end) {
        Map<String, Object> body = Fixtures.session(2, 3, 2);
        body.put("startedAt", end.minus(Duration.ofMinutes(20)).toString());
        body.put("endedAt", end.toString());
        return UUID.fromString(as(patient.person())
                .header("Idempotency-Key", "session-" + end.toEpochMilli())
                .body(body)
                .post("/api/v1/patients/{id}/sessions", patient.id())
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** The patient's reminders, by due time. */
    static List<Reminder> reminders(UUID patientId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Reminder.<Reminder>list("patientId = ?1 order by dueAt, kind", patientId));
    }

    static Reminder only(UUID patientId, ReminderKind kind) {
        List<Reminder> found =
                reminders(patientId).stream().filter(r -> r.kind == kind).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The patient's reminder of one kind for one local day, if planned. */
    static java.util.Optional<Reminder> on(UUID patientId, ReminderKind kind, java.time.LocalDate day) {
        return reminders(patientId).stream()
                .filter(r -> r.kind == kind && day.equals(r.localDate))
                .findFirst();
    }

    /** The patient's notification centre, newest first. */
    static JsonPath notices(Enrolled patient) {
        return as(patient.person())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The patient's outbox rows on a channel. */
    static long outboxRows(Enrolled patient, String channel) {
        return Fixtures.count(
                "select count(*) from notification where recipient_subject = ?1 and channel = ?2",
                patient.person().subject(),
                channel);
    }
}
