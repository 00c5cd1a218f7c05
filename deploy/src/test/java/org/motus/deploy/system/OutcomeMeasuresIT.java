package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15 item 1 in two real Chromiums through Keycloak: tess asks pat for a PSFS from pat's
 * patient page; pat sees it on Today as asked by his therapist, answers it one question a screen
 * on a phone-sized window (three activities of his own, each rated 0-10), reloads halfway and
 * finds his answers kept, and sends it; the assignment is then answered, and tess sees pat's score
 * on his Outcome measures chart, as pat does on his own Progress. axe-core checks the therapist's
 * panel, the questionnaire on the phone and both charts.
 */
@ExtendWith(RunningMotus.class)
class OutcomeMeasuresIT {

    /** pat's three activities and ratings: the PSFS score is their mean, (3 + 5 + 4) / 3 = 4.0. */
    private static final List<String> ACTIVITIES = List.of("Climb the stairs at home", "Walk to the shop", "Garden");

    private static final List<Integer> RATINGS = List.of(3, 5, 4);

    @TempDir
    Path tessProfile;

    @TempDir
    Path patProfile;

    @Test
    void patAnswersThePsfsTessAskedForAndTessSeesTheScoreOnHisChart(Layout layout) {
        try (Browser tess = Browser.open(layout, tessProfile);
                Browser pat = Browser.open(layout, patProfile, List.of("--window-size=390,844"))) {
            try {
                tess.signIn(DemoUser.TESS);
                openPatsPage(tess);
                WebElement ask = tess.wait.until(
                        ExpectedConditions.elementToBeClickable(By.cssSelector("#prom-assignments [data-ask='PSFS']")));
                tess.assertAccessible("the patient page's outcome measures");
                ask.click();
                tess.wait.until(ExpectedConditions.textToBe(
                        By.cssSelector("#prom-assignments [role='status']"),
                        "Asked: the patient is told and sees it on Today."));
                tess.wait.until(ExpectedConditions.textMatches(
                        By.cssSelector("#prom-assignments [data-instrument='PSFS'] [data-field='prom-assigned']"),
                        java.util.regex.Pattern.compile("^Asked on demand on .*, not answered yet\\.")));

                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                WebElement start = pat.wait.until(
                        ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-prom='PSFS']")));
                String why = start.findElement(By.xpath("./parent::li")).getText();
                assertTrue(why.contains("Your therapist asked you to answer these"), why);
                start.click();

                answerActivity(pat, 0);
                pat.assertAccessible("the PSFS, one question a screen, on a phone");
                next(pat);
                answerActivity(pat, 1);

                // Halfway, a reload: the draft brings pat back to the second question with his answers.
                pat.driver.navigate().refresh();
                PatientPages.awaitTodayWithItems(pat);
                pat.wait
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-prom='PSFS']")))
                        .click();
                pat.wait.until(ExpectedConditions.textToBe(
                        By.cssSelector("#prom-PSFS [data-field='progress']"), "Question 2 of 3"));
                assertEquals(
                        ACTIVITIES.get(1),
                        pat.driver
                                .findElement(By.cssSelector("#prom-PSFS input[name='activity']"))
                                .getAttribute("value"));
                next(pat);
                answerActivity(pat, 2);
                pat.driver
                        .findElement(By.cssSelector("#prom-PSFS [data-action='send']"))
                        .click();
                pat.wait.until(ExpectedConditions.textToBe(
                        By.cssSelector("[data-field='prom-sent']"),
                        "Thank you: your answers are with your therapist."));
                assertTrue(
                        pat.driver
                                .findElements(By.cssSelector("button[data-prom='PSFS']"))
                                .isEmpty(),
                        "the PSFS is no longer due");

                // pat's own Progress charts his score.
                pat.go("/progress");
                assertPsfsSummary(pat);
                pat.assertAccessible("Progress with the outcome measures, on a phone");

                // tess: the score on pat's chart, and nothing waiting any more.
                tess.driver.navigate().refresh();
                assertPsfsSummary(tess);
                tess.wait.until(
                        ExpectedConditions.elementToBeClickable(By.cssSelector("#prom-assignments [data-ask='PSFS']")));
                tess.assertAccessible("the patient page with pat's PSFS charted");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(tess.describe() + System.lineSeparator() + pat.describe(), e);
            }
        }

        // The API agrees: one PSFS scored 4.0 from pat's three activities, the assignment closed.
        String tessToken = KeycloakTokens.accessToken(layout, DemoUser.TESS);
        String base = layout.patientServiceUrl() + "/api/v1/patients/" + PatientPages.PAT_RECORD;
        JsonNode proms = body(Http.get(base + "/proms?instrument=PSFS", tessToken));
        JsonNode newest = proms.get(proms.size() - 1);
        assertEquals(4.0, newest.path("score").asDouble(), newest::toString);
        for (int i = 0; i < ACTIVITIES.size(); i++) {
            assertEquals(
                    ACTIVITIES.get(i), newest.path("items").get(i).path("item").asText());
            assertEquals(
                    RATINGS.get(i).intValue(),
                    newest.path("items").get(i).path("value").asInt());
        }
        JsonNode assignments = body(Http.get(base + "/prom-assignments", tessToken));
        assertEquals(0, assignments.path("open").size(), assignments::toString);
    }

    private static void openPatsPage(Browser tess) {
        tess.wait
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("a[href='/patients/" + PatientPages.PAT_RECORD + "']")))
                .click();
        tess.wait.until(ExpectedConditions.textToBe(By.id("patient-heading"), DemoUser.PAT.fullName));
        tess.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".patient-page .loading")));
    }

    /** Names the activity and rates it (the radio is visually hidden under its label). */
    private static void answerActivity(Browser pat, int index) {
        pat.wait.until(ExpectedConditions.textToBe(
                By.cssSelector("#prom-PSFS [data-field='progress']"), "Question " + (index + 1) + " of 3"));
        WebElement activity = pat.driver.findElement(By.cssSelector("#prom-PSFS input[name='activity']"));
        activity.clear();
        activity.sendKeys(ACTIVITIES.get(index));
        pat.driver
                .findElement(By.xpath("//form[@id='prom-PSFS']//input[@type='radio' and @value='" + RATINGS.get(index)
                        + "']/parent::label"))
                .click();
    }

    private static void next(Browser pat) {
        pat.wait
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#prom-PSFS [data-action='next']")))
                .click();
    }

    /** The chart's sentence: PSFS charted with its baseline (this run's answer, or an earlier run's). */
    private static void assertPsfsSummary(Browser browser) {
        WebElement summary = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#chart-prom-PSFS [data-field='prom-summary']")));
        String text = summary.getText();
        assertTrue(
                text.startsWith("PSFS: baseline 4.0 of 10") || text.contains("latest 4.0"),
                () -> "PSFS summary: " + text);
    }

    private static JsonNode body(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        try {
            return Http.JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
