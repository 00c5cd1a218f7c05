package org.motus.patient.language;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.channels;
import static org.motus.patient.testing.Fixtures.contactPreferences;
import static org.motus.patient.testing.Fixtures.sendMessage;
import static org.motus.patient.testing.Fixtures.with;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.notification.MailServerTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Issue 19 item 6: each person chooses their own language, nobody else's, and what Motus sends them
 * (the email and the notification centre's line) is then in it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MailServerTestResource.class)
class LanguageTest {

    private static final String PATH = "/api/v1/preferences/language";

    GreenMail greenMail;

    @Test
    void eachPersonChoosesTheirOwnLanguageAndNullFollowsTheBrowserAgain() {
        Person pat = Tokens.patient("Pat Idioma");
        Person tess = Tokens.therapist("Tess Sprache");
        as(pat).get(PATH).then().statusCode(200).body("language", nullValue());

        as(pat).body(Map.of("language", "es")).put(PATH).then().statusCode(200).body("language", equalTo("es"));
        as(tess).body(Map.of("language", "de")).put(PATH).then().statusCode(200).body("language", equalTo("de"));
        as(pat).get(PATH).then().statusCode(200).body("language", equalTo("es"));
        as(tess).get(PATH).then().statusCode(200).body("language", equalTo("de"));

        as(pat).body(Map.of("language", "en")).put(PATH).then().statusCode(200).body("language", equalTo("en"));
        Map<String, Object> none = new HashMap<>();
        none.put("language", null);
        as(pat).body(none).put(PATH).then().statusCode(200).body("language", nullValue());
        as(pat).get(PATH).then().statusCode(200).body("language", nullValue());
        as(tess).get(PATH).then().statusCode(200).body("language", equalTo("de"));
    }

    static Stream<Arguments> badChoices() {
        return Stream.of(
                Arguments.of("a language Motus does not speak", Map.of("language", "fr")),
                Arguments.of("a region tag", Map.of("language", "es-MX")),
                Arguments.of("upper case", Map.of("language", "ES")),
                Arguments.of("a number", Map.of("language", 7)),
                Arguments.of("a list", List.of("es")),
                Arguments.of("an unknown field", Map.of("language", "es", "region", "MX")),
                Arguments.of("not JSON", "{\"language\":"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChoices")
    void aBadChoiceIsA400AndChangesNothing(String name, Object body) {
        Person pat = Tokens.patient("Pat Bad " + name);
        as(pat).body(Map.of("language", "de")).put(PATH).then().statusCode(200);
        as(pat).body(body).put(PATH).then().statusCode(400).contentType("application/problem+json");
        as(pat).get(PATH).then().statusCode(200).body("language", equalTo("de"));
    }

    @Test
    void withoutATokenThereIsNoLanguageToReadOrSet() {
        given().get(PATH).then().statusCode(401);
        given().contentType("application/json")
                .body(Map.of("language", "es"))
                .put(PATH)
                .then()
                .statusCode(401);
    }

    @Test
    void aPatientWhoChoseSpanishIsEmailedAndNotifiedInSpanishAndTheirTherapistInGerman() {
        Clinic clinic = Fixtures.clinic();
        Person pat = clinic.pat().person();
        String address = "pat-es-" + clinic.pat().id() + "@example.org";
        Fixtures.sql(
                "update patient set contact_email = ?2 where id = ?1",
                clinic.pat().id(),
                address);
        as(pat).body(with(contactPreferences(), "messageNotices", channels(true, true, false)))
                .put("/api/v1/patients/{id}/contact-preferences", clinic.pat().id())
                .then()
                .statusCode(200);
        as(pat).body(Map.of("language", "es")).put(PATH).then().statusCode(200);
        as(clinic.tess()).body(Map.of("language", "de")).put(PATH).then().statusCode(200);

        sendMessage(clinic.tess(), clinic.pat().id(), "Keep going with the bridges.");
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        MimeMessage email = mailTo(address).get(0);
        assertEquals("Tiene un mensaje nuevo en Motus", subject(email));
        String body = GreenMailUtil.getBody(email);
        assertTrue(body.contains("Abra Motus para verlo"), body);
        assertTrue(body.contains("/messages"), body);
        as(pat).get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("[0].title", equalTo("Tiene un mensaje nuevo en Motus"));

        sendMessage(pat, clinic.pat().id(), "Gracias.");
        as(clinic.tess())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("[0].title", equalTo("Sie haben eine neue Nachricht in Motus"));
        // Paula chose nothing: English.
        Fixtures.assign(clinic.paula().id(), clinic.tess());
        sendMessage(clinic.tess(), clinic.paula().id(), "Hello Paula.");
        as(clinic.paula().person())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("[0].title", equalTo("You have a new message in Motus"));
    }

    @Test
    void aRedFlagsAdviceIsWrittenInTheLanguageOfTheScreenItCameFrom() {
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> chest = new HashMap<>(Fixtures.checkIn("DAILY", 3));
        chest.put("redFlags", List.of("CHEST_SYMPTOMS"));
        as(clinic.pat().person())
                .header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5")
                .body(chest)
                .post("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(201)
                .body("advice[0].code", equalTo("CALL_EMERGENCY"))
                .body("advice[0].text", startsWith("Detenga el programa ahora y llame al número de emergencias"));
        as(clinic.pat().person())
                .header("Accept-Language", "de")
                .get("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("[0].advice[0].text", startsWith("Beenden Sie das Programm sofort"));
        as(clinic.pat().person())
                .get("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(200)
                .body("[0].advice[0].text", startsWith("Stop the programme now"));
    }

    private static String subject(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> mailTo(String address) {
        return MailServerTestResource.to(greenMail, address);
    }
}
