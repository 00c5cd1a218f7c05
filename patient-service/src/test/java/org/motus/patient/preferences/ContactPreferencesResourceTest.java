package org.motus.patient.preferences;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.channels;
import static org.motus.patient.testing.Fixtures.contactPreferences;
import static org.motus.patient.testing.Fixtures.quietHours;
import static org.motus.patient.testing.Fixtures.with;
import static org.motus.patient.testing.Fixtures.without;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ContactPreferencesResourceTest {

    private static final String PREFERENCES = "/api/v1/patients/{id}/contact-preferences";

    @Test
    void untilThePatientChoosesTheDefaultsAreInAppOnlyWithQuietNights() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Default Patient"));
        as(pat.person())
                .get(PREFERENCES, pat.id())
                .then()
                .statusCode(200)
                .body("followUpReminders", equalTo(Map.of("inApp", true, "email", false, "webPush", false)))
                .body("programmeDayReminderTime", equalTo("18:00"))
                .body("quietHours", equalTo(Map.of("start", "22:00", "end", "07:00")))
                .body("updatedAt", nullValue());
        assertEquals(0, Fixtures.rows("contact_preference", pat.id()));
    }

    @Test
    void thePatientsChoiceIsStoredWholeAndReadBackByTheTreatingTherapist() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.pat().person())
                .body(contactPreferences())
                .put(PREFERENCES, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("followUpReminders.webPush", equalTo(true))
                .body("visitReminders.email", equalTo(true))
                .body("programmeDayReminderTime", equalTo("18:30"))
                .body("updatedAt", notNullValue());
        as(clinic.pat().person())
                .body(with(with(contactPreferences(), "quietHours", null), "programmeDayReminderTime", "07:05"))
                .put(PREFERENCES, clinic.pat().id())
                .then()
                .statusCode(200);
        as(clinic.tess())
                .get(PREFERENCES, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("quietHours", nullValue())
                .body("programmeDayReminderTime", equalTo("07:05"))
                .body("messageNotices.email", equalTo(true));
        assertEquals(1, Fixtures.rows("contact_preference", clinic.pat().id()));
        assertEquals(
                2,
                Fixtures.auditRows(
                        clinic.pat().id(), clinic.pat().person().subject(), "EDIT_CONTACT_PREFERENCES", "SUCCESS"));
    }

    @Test
    void quietHoursMayCrossMidnightOrNot() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Night Owl"));
        for (var quiet :
                List.of(quietHours("23:30", "00:15"), quietHours("13:00", "15:00"), quietHours("00:00", "23:59"))) {
            as(pat.person())
                    .body(with(contactPreferences(), "quietHours", quiet))
                    .put(PREFERENCES, pat.id())
                    .then()
                    .statusCode(200)
                    .body("quietHours", equalTo(quiet));
        }
    }

    @Test
    void malformedPreferencesAreA400ProblemAndChangeNothing() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Malformed Prefs"));
        as(pat.person())
                .body(contactPreferences())
                .put(PREFERENCES, pat.id())
                .then()
                .statusCode(200);
        Map<String, Object> good = contactPreferences();
        List<Map<String, Object>> bad = new ArrayList<>();
        for (String time : List.of("24:00", "7:00", "07:60", "07:00:00", "", "noon")) {
            bad.add(with(good, "programmeDayReminderTime", time));
            bad.add(with(good, "quietHours", quietHours(time, "07:00")));
        }
        bad.add(with(good, "programmeDayReminderTime", null));
        bad.add(with(good, "programmeDayReminderTime", 1830));
        bad.add(with(good, "quietHours", quietHours("22:00", "22:00")));
        bad.add(with(good, "quietHours", quietHours("22:00", null)));
        bad.add(with(good, "quietHours", Map.of("start", "22:00")));
        bad.add(with(good, "visitReminders", null));
        bad.add(without(good, "messageNotices"));
        bad.add(with(good, "followUpReminders", channels(true, null, false)));
        bad.add(with(good, "followUpReminders", channels(true, "false", false)));
        bad.add(with(good, "followUpReminders", channels(true, 0, false)));
        bad.add(with(good, "followUpReminders", Map.of("inApp", true, "email", false, "webPush", false, "sms", true)));
        bad.add(with(good, "smsReminders", channels(true, true, true)));
        for (Map<String, Object> body : bad) {
            var answer = as(pat.person()).body(body).put(PREFERENCES, pat.id());
            assertEquals(400, answer.statusCode(), () -> "refused: " + body);
            assertEquals("application/problem+json", answer.contentType());
        }
        as(pat.person())
                .get(PREFERENCES, pat.id())
                .then()
                .body("programmeDayReminderTime", equalTo("18:30"))
                .body("quietHours.start", equalTo("22:00"));
    }

    @Test
    void onlyThePatientSetsThemAndNobodyElseReadsThem() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.tess())
                .body(contactPreferences())
                .put(PREFERENCES, clinic.pat().id())
                .then()
                .statusCode(403);
        as(clinic.paula().person())
                .body(contactPreferences())
                .put(PREFERENCES, clinic.pat().id())
                .then()
                .statusCode(404);
        as(clinic.paula().person()).get(PREFERENCES, clinic.pat().id()).then().statusCode(404);
        as(clinic.stranger()).get(PREFERENCES, clinic.pat().id()).then().statusCode(404);
        as(clinic.admin()).get(PREFERENCES, clinic.pat().id()).then().statusCode(403);
        io.restassured.RestAssured.given()
                .get(PREFERENCES, clinic.pat().id())
                .then()
                .statusCode(401);
        assertEquals(0, Fixtures.rows("contact_preference", clinic.pat().id()));
    }
}
