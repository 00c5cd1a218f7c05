package org.motus.therapist.discharge;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

/** The discharge summary PDF, read back as text (issue 13 item 2). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class DischargeSummaryPdfTest {

    private static final String SUMMARY = "/api/v1/discharge-summaries/{id}";

    private static String text(Tokens.Person caller, UUID patientId) throws Exception {
        byte[] pdf = given().auth()
                .oauth2(caller.token())
                .get(SUMMARY, patientId)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Cache-Control", "no-store")
                .extract()
                .asByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "discharge-summary-sample.pdf"), pdf);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSummaryPrintsGoalsPainFunctionAdherenceFlagsAndWhatEachPlanVersionChanged() throws Exception {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), Tokens.TESS);
        String planId = Fixtures.publishedPlan(
                Tokens.TESS,
                patient,
                List.of(
                        item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10),
                        item(Fixtures.HAMSTRING_STRETCH, "holdSeconds", 30, "sets", 2)));
        Fixtures.putDraft(
                        Tokens.TESS,
                        planId,
                        List.of(
                                item(Fixtures.SIT_TO_STAND, "sets", 3, "reps", 10),
                                item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)))
                .statusCode(200);
        Fixtures.publish(Tokens.TESS, planId).statusCode(200);
        Fixtures.putDraft(Tokens.TESS, planId, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)))
                .statusCode(200); // a draft never published is not part of the history

        String text = text(Tokens.TESS, patient.id());

        assertThat(text)
                .contains("Interim summary of care")
                .contains("Walk the dog for 30 minutes without back pain")
                .contains("Baseline: 6/10")
                .contains("-3.0 points (50.0 % reduction)")
                .contains("reduced by half or more")
                .contains("No outcome measure was answered")
                .contains("Sessions: 2 in 1 week")
                .contains("no frequency was prescribed")
                .contains("1 of the 30 days")
                .contains("0 urgent, 0 high, 1 routine; 1 not acknowledged")
                .contains("above this patient's activity ceiling of 3/10")
                .contains("Version 1")
                .contains("Version 2")
                .containsPattern("Version 1, .* \\(2 items\\): started with Sit to stand, Hamstring stretch")
                .containsPattern(
                        "Version 2, .* added Bird-dog\\. removed Hamstring stretch\\. changed Sit to stand: 2 sets")
                .doesNotContain("Version 3")
                .contains("not for emergencies");
    }

    @Test
    void thePatientReadsTheirOwnAndNobodyElseDoes() throws Exception {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), Tokens.TESS);
        TestPatient other = PatientServiceContract.patient(List.of("SCIATICA"), LocalDate.of(1980, 1, 2));

        assertThat(text(patient.person(), patient.id()))
                .contains("No plan was published for this patient")
                .contains(patient.person().name());
        given().auth()
                .oauth2(other.person().token())
                .get(SUMMARY, patient.id())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.OTTO.token())
                .get(SUMMARY, patient.id())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.ADAM.token())
                .get(SUMMARY, patient.id())
                .then()
                .statusCode(403);
        given().get(SUMMARY, patient.id()).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.TESS.token())
                .get("/api/v1/discharge-summaries/not-an-id")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void whenPatientServiceFailsTheAnswerIsA503NotAHalfPdf() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), Tokens.TESS);
        PatientServiceStub.server()
                .stubFor(get(urlPathEqualTo("/api/v1/patients/" + patient.id() + "/discharge-summary"))
                        .atPriority(0)
                        .withHeader("Authorization", equalTo("Bearer " + Tokens.TESS.token()))
                        .willReturn(serverError()));

        given().auth()
                .oauth2(Tokens.TESS.token())
                .get(SUMMARY, patient.id())
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
    }
}
