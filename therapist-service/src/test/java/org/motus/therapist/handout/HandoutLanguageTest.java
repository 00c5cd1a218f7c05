package org.motus.therapist.handout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/**
 * The handout in the patient's language (issue 19 item 6, ADR 0048): asked for, else the patient's
 * choice, else the screen's, else English; the frame, the dosage words and the exercises all in it,
 * with the same numbers as the English.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class HandoutLanguageTest {

    static final Tokens.Person TESS = Tokens.TESS;

    /** A published plan of a strength, a stretch and a walk on five days, for a patient tess treats. */
    static String plan(TestPatient patient) {
        return Fixtures.publishedPlan(
                TESS,
                patient,
                List.of(
                        item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8, "restSeconds", 60),
                        item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 30),
                        item(
                                Fixtures.BRISK_WALK,
                                "durationMinutes",
                                30,
                                "daysPerWeek",
                                5,
                                "targetZoneLowPercent",
                                65,
                                "targetZoneHighPercent",
                                75)));
    }

    static ExtractableResponse<Response> print(RequestSpecification request, String planId) {
        return request.get("/api/v1/plans/" + planId + "/handout.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract();
    }

    static String text(ExtractableResponse<Response> printed) throws Exception {
        try (PDDocument document = Loader.loadPDF(printed.asByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aTherapistPrintsInTheLanguageThePatientChose() throws Exception {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), TESS);
        String planId = plan(patient);
        PatientServiceContract.speaking("es", patient, TESS);

        ExtractableResponse<Response> printed =
                print(given().auth().oauth2(TESS.token()).header("Accept-Language", "en-GB"), planId);

        assertThat(printed.header("Content-Language")).isEqualTo("es");
        try (PDDocument document = Loader.loadPDF(printed.asByteArray())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
        String text = text(printed);
        assertThat(text)
                .contains(
                        "Para " + patient.person().name() + ".",
                        "Versión 1 del plan, publicada el ",
                        "Dolor durante el ejercicio: hasta 3 de 10 durante el ejercicio y justo después está bien",
                        "En una emergencia llame al 112.",
                        "Deje el programa y llame ahora al 112 (servicios de emergencia) si tiene dolor en el pecho",
                        "busque atención médica urgente hoy",
                        "Motus - página 1");
        assertThat(text)
                .contains(
                        "1. Perro de caza",
                        "Qué hacer: 2 series de 8 repeticiones, descanse 60 segundos entre series.",
                        "Mantener 30 segundos, 2 veces",
                        "Quédese quieto, sin rebotes; inspire en 3, mantenga 2, espire en 4.",
                        "al 65-75 % de su frecuencia cardiaca máxima (unos ",
                        "lun, mar, mié, jue, vie, una vez al día.",
                        "Tenga cuidado con:",
                        "Cuándo no hacerlo:");
        assertThat(text).containsPattern("Su frecuencia cardiaca máxima estimada es de \\d{3} latidos por minuto");
        assertThat(text)
                .doesNotContain(
                        "What to do:", "Watch out for:", "Pain during exercise", "emergency services", "Bird-dog");
    }

    @Test
    void askedForALanguageTheHandoutIsInThatOne() throws Exception {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), TESS);
        String planId = plan(patient);
        PatientServiceContract.speaking("es", patient, TESS);

        ExtractableResponse<Response> printed =
                print(given().auth().oauth2(TESS.token()).queryParam("language", "de"), planId);

        assertThat(printed.header("Content-Language")).isEqualTo("de");
        assertThat(text(printed))
                .contains(
                        "Für " + patient.person().name() + ".",
                        "Planversion 1, veröffentlicht am ",
                        "Schmerz beim Üben: bis 3 von 10",
                        "Im Notfall rufen Sie 112 an.",
                        "Vierfüßlerstand mit Arm und Bein",
                        "Was zu tun ist: 2 Sätze mit 8 Wiederholungen, 60 Sekunden Pause dazwischen.",
                        "30 Sekunden halten, 2-mal.",
                        "einatmen 3, halten 2, ausatmen 4",
                        "bei 65-75 % Ihrer maximalen Herzfrequenz",
                        "einmal am Tag.",
                        "Motus - Seite 1")
                .doesNotContain("Perro de caza", "What to do:");
    }

    @Test
    void withoutAChoiceThePatientsOwnScreenLanguageIsUsedElseEnglish() throws Exception {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), TESS);
        String planId = plan(patient);

        ExtractableResponse<Response> spanish = print(
                given().auth().oauth2(patient.person().token()).header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"),
                planId);
        assertThat(spanish.header("Content-Language")).isEqualTo("es");
        assertThat(text(spanish)).contains("Qué hacer:", "Perro de caza");

        ExtractableResponse<Response> unknown =
                print(given().auth().oauth2(patient.person().token()).header("Accept-Language", "fr-FR"), planId);
        assertThat(unknown.header("Content-Language")).isEqualTo("en");
        assertThat(text(unknown))
                .contains(
                        "What to do: 2 sets of 8 repetitions, rest 60 seconds between.",
                        "Hold 30 seconds, 2 times",
                        "Hold still, no bouncing; breathe in 3, hold 2, out 4.",
                        "Mon, Tue, Wed, Thu, Fri, once a day.",
                        "Bird-dog",
                        "Motus - page 1");
    }

    @Test
    void aLanguageMotusDoesNotPrintInIsABadRequest() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), null, TESS);
        String planId = plan(patient);
        for (String language : List.of("fr", "ES", "es-MX", "<script>", "e".repeat(300))) {
            given().auth()
                    .oauth2(patient.person().token())
                    .queryParam("language", language)
                    .get("/api/v1/plans/" + planId + "/handout.pdf")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("language"));
        }
    }

    @Test
    void anotherPatientsHandoutStaysOutOfReachInEveryLanguage() {
        TestPatient owner = PatientServiceContract.patient(List.of("LOW_BACK"), null, TESS);
        TestPatient other = PatientServiceContract.patient(List.of("LOW_BACK"), null, TESS);
        String planId = plan(owner);
        for (Tokens.Person intruder : List.of(other.person(), Tokens.OTTO)) {
            given().auth()
                    .oauth2(intruder.token())
                    .queryParam("language", "es")
                    .get("/api/v1/plans/" + planId + "/handout.pdf")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }
}
