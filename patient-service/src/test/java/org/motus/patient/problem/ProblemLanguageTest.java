package org.motus.patient.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;
import org.motus.problem.testing.TranslatedProblemTexts;

/**
 * What goes wrong is said in the language of the screen (issue 19 item 6, ADR 0048): the web
 * sends its language as Accept-Language, and the title, the detail and each field's message come
 * back in it, with Content-Language saying so; English without one.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProblemLanguageTest {

    static final String CHECK_INS = "/api/v1/patients/{id}/check-ins";

    @Test
    void everyTextAPatientCanMeetIsTranslated() {
        TranslatedProblemTexts.check(PatientProblems.class);
    }

    @Test
    void anOutOfRangePainIsRefusedInSpanish() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Problemas"));
        as(pat.person())
                .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                .body(checkIn("DAILY", 11))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "es")
                .body("type", equalTo("urn:motus:problem:validation"))
                .body("title", equalTo("Solicitud no válida"))
                .body("detail", equalTo("La solicitud tiene 1 campo no válido."))
                .body("violations[0].field", equalTo("pain"))
                .body("violations[0].message", equalTo("debe ser menor que o igual a 10"));
    }

    @Test
    void theSameMistakeWithoutALanguageStaysEnglish() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Problems"));
        as(pat.person())
                .body(checkIn("DAILY", 11))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("The request has 1 invalid field."))
                .body("violations[0].message", equalTo("must be less than or equal to 10"));
    }

    @Test
    void aFollowUpTooEarlyIsExplainedInGermanWithTheSameTimes() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Probleme"));
        UUID session = Fixtures.logSessionEnded(pat, 30, 3, 3, 3);
        as(pat.person())
                .header("Accept-Language", "de-DE")
                .body(checkIn("FOLLOW_UP", 3, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(422)
                .header("Content-Language", "de")
                .body("title", equalTo("Klinische Regel verletzt"))
                .body("detail", startsWith("Die Nachkontrolle öffnet um "))
                .body("detail", containsString("(in 60 Minuten)"))
                .body("violations[0].field", equalTo("occurredAt"))
                .body("violations[0].message", startsWith("darf nicht vor "));
    }

    @Test
    void aPhoneNumberThatIsNoneIsRefusedInGerman() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Telefon"));
        as(pat.person())
                .header("Accept-Language", "de")
                .body(Map.of("preferredChannel", "SMS", "phone", "call me maybe"))
                .put("/api/v1/patients/{id}/contact", pat.id())
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'phone' }.message", equalTo("muss eine Telefonnummer sein"));
    }

    @Test
    void anotherPatientsRecordIsNotFoundInTheReadersLanguageAndRevealsNothing() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Ajeno"));
        Enrolled other = Fixtures.enrol(Tokens.patient("Otro Paciente"));
        as(pat.person())
                .header("Accept-Language", "es")
                .body(checkIn("DAILY", 4))
                .post(CHECK_INS, other.id())
                .then()
                .statusCode(404)
                .header("Content-Language", "es")
                .body("title", equalTo("No encontrado"))
                .body("detail", equalTo("No existe el paciente " + other.id() + "."));
        as(pat.person())
                .header("Accept-Language", "es")
                .get("/api/v1/patients/{id}", other.id())
                .then()
                .statusCode(404)
                .body("title", equalTo("No encontrado"));
    }
}
