package org.motus.therapist.handout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** Opens the produced PDF and reads its text back. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class HandoutPdfTest {

    static final Tokens.Person TESS = Tokens.TESS;
    static final Pattern ITEM_HEADING = Pattern.compile("(?m)^\\d+\\. \\S");

    static byte[] handout(Tokens.Person caller, String planId) {
        return given().auth()
                .oauth2(caller.token())
                .get("/api/v1/plans/" + planId + "/handout.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("inline"))
                .extract()
                .asByteArray();
    }

    @Test
    void thePatientsHandoutListsEveryItemWithDosageStepsAndThePainRules() throws Exception {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), TESS);
        String planId = Fixtures.createPlan(TESS, patient.id(), Fixtures.LOW_BACK)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.publish(TESS, planId).statusCode(200);

        byte[] pdf = handout(patient.person(), planId);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "handout-sample.pdf"), pdf); // for a human look
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Plan for " + patient.id().toString().substring(0, 8),
                            patient.person().name(),
                            "Plan version 1");
            assertThat(text)
                    .contains(
                            "Bird-dog",
                            "Dead bug",
                            "Glute bridge",
                            "Hamstring stretch",
                            "Kneeling hip flexor stretch",
                            "Brisk walk");
            assertThat(text).contains("Daily 15-minute core routine");
            assertThat(text)
                    .contains("2 sets of 8 repetitions", "Hold 30 seconds, 2 times", "breathe in 3, hold 2, out 4");
            assertThat(text).contains("30 minutes", "65-75 % of your maximum heart rate", "beats per minute");
            assertThat(text)
                    .contains("Start on hands and knees", "Watch out for:", "Letting the lower back sag or twist.");
            assertThat(text)
                    .contains("up to 3 out of 10 during and right after exercise", "within 2 hours", "not less often");
            assertThat(text).contains("Tanaka");
            assertThat(text).contains("does not replace care");
            // clinical-rules.md §16 / issue 12 item 10: emergencies to the emergency number, other red flags to urgent
            // care.
            assertThat(text).contains("not for emergencies", "In an emergency call 112");
            assertThat(text)
                    .containsPattern(
                            "call 112 \\(emergency services\\) now if you have chest pain, unusual breathlessness");
            assertThat(text)
                    .contains(
                            "numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel");
            assertThat(text)
                    .contains("get urgent medical care today", "weakness or numbness in a leg", "a fall or injury");
            assertThat(text).doesNotContain("contact your therapist if you feel chest pain");
            // clinical-rules.md §20: each exercise's contraindications are printed.
            assertThat(text)
                    .contains(
                            "When not to do it:",
                            "Sharp or shooting pain down the leg: stop and use the nerve glide instead.");

            assertThat(document.getNumberOfPages()).isBetween(2, 6);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                Matcher headings = ITEM_HEADING.matcher(pageText);
                int items = 0;
                while (headings.find()) {
                    items++;
                }
                assertThat(items).as("items on page " + page).isBetween(1, HandoutPdf.ITEMS_PER_PAGE);
                assertThat(pageText).contains("Motus - page " + page);
            }
        }
    }

    @Test
    void aFibromyalgiaHandoutNamesTheHeartRateCeiling() throws Exception {
        TestPatient patient = PatientServiceContract.patient(List.of("FIBROMYALGIA"), LocalDate.of(1980, 2, 2), TESS);
        String planId = Fixtures.publishedPlan(
                TESS,
                patient,
                List.of(item(
                        Fixtures.BRISK_WALK,
                        "durationMinutes",
                        10,
                        "sessionsPerDay",
                        2,
                        "daysPerWeek",
                        5,
                        "targetZoneLowPercent",
                        65,
                        "targetZoneHighPercent",
                        70)));
        try (PDDocument document = Loader.loadPDF(handout(TESS, planId))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Stay below 80 %", "twice a day", "Mon, Tue, Wed, Thu, Fri");
        }
    }

    @Test
    void withoutADateOfBirthTheHandoutSaysHeartRateTargetsCannotBeComputed() throws Exception {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), null, TESS);
        String planId = Fixtures.publishedPlan(
                TESS,
                patient,
                List.of(
                        item(
                                Fixtures.BRISK_WALK,
                                "durationMinutes",
                                30,
                                "daysPerWeek",
                                5,
                                "targetZoneLowPercent",
                                65,
                                "targetZoneHighPercent",
                                75),
                        item(Fixtures.PIRIFORMIS_STRETCH, "sets", 2, "holdSeconds", 30)));
        Fixtures.get(TESS, "/api/v1/plans/" + planId + "/active")
                .statusCode(200)
                .body(
                        "heartRateTargets.reason",
                        org.hamcrest.Matchers.equalTo(
                                "No date of birth on the record: heart-rate targets cannot be computed."));
        try (PDDocument document = Loader.loadPDF(handout(patient.person(), planId))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("No date of birth on the record: heart-rate targets cannot be computed.");
            assertThat(text).contains("65-75 % of your maximum heart rate").doesNotContain("beats per minute (about");
            // the figure-four stretch says "Holding your breath." is a mistake: the pacer's words say pause
            assertThat(text).contains("breathe in 3, pause 2, out 4");
        }
    }

    @Test
    void aNamedVersionIsPrintedAsPublished() throws Exception {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), null, TESS);
        String planId = Fixtures.publishedPlan(TESS, patient, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)));
        Fixtures.putDraft(TESS, planId, List.of(item(Fixtures.GLUTE_BRIDGE, "sets", 2, "reps", 12)))
                .statusCode(200);
        Fixtures.publish(TESS, planId).statusCode(200);
        byte[] first = given().auth()
                .oauth2(patient.person().token())
                .queryParam("version", 1)
                .get("/api/v1/plans/" + planId + "/handout.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(first)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Plan version 1", "Bird-dog").doesNotContain("Glute bridge");
        }
    }
}
