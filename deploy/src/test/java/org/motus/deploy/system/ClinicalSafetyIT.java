package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12 in a real Chromium through Keycloak's page: a red flag reaches the patient at once and
 * puts them first on the therapist's caseload as URGENT; a session above the activity ceiling
 * shows the server's advice, word for word; a pending two-hour follow-up is server state, so a
 * second browser of the same patient lists it too, and answering it shows the server's advice.
 */
@ExtendWith(RunningMotus.class)
class ClinicalSafetyIT {

    @TempDir
    Path patPhone;

    @TempDir
    Path patLaptop;

    @TempDir
    Path tessProfile;

    private Layout layout;
    private Instant start;

    @Test
    void aRedFlagTellsThePatientWhatToDoAtOnceAndPutsThemFirstOnTheCaseloadAsUrgent(Layout layout) {
        begin(layout);
        try (Browser pat = Browser.open(layout, patPhone)) {
            try {
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                assertTrue(pat.driver
                        .findElement(By.cssSelector("[data-testid='not-for-emergencies']"))
                        .isDisplayed());

                PatientPages.choosePain(pat, "daily-pain", 6);
                PatientPages.answerRedFlags(pat, "daily", "CHEST_SYMPTOMS");
                pat.driver
                        .findElement(By.cssSelector("[data-testid='daily-check-in-submit']"))
                        .click();
                WebElement alert = pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid='emergency-alert'][data-source='server']")));
                assertEquals("CALL_EMERGENCY", alert.getAttribute("data-advice-code"));

                JsonNode stored = onlyDailyCheckInSince();
                assertEquals("[\"CHEST_SYMPTOMS\"]", stored.path("redFlags").toString());
                JsonNode advice = stored.path("advice").get(0);
                assertEquals("CALL_EMERGENCY", advice.path("code").asText());
                // The patient reads exactly the server's words: stop, and the emergency number.
                assertEquals(
                        advice.path("text").asText(),
                        alert.findElement(By.cssSelector("[data-field='emergency-text']"))
                                .getText());
                assertTrue(advice.path("text").asText().toLowerCase().contains("emergency"), advice::toString);
                pat.assertAccessible("Today with the emergency alert");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(pat.describe(), e);
            }
        }

        try (Browser tess = Browser.open(layout, tessProfile)) {
            try {
                tess.signIn(DemoUser.TESS);
                WebElement first = tess.wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-patient-id]")));
                assertEquals(PatientPages.PAT_RECORD, first.getAttribute("data-patient-id"));
                WebElement severity = first.findElement(By.cssSelector("[data-field='severity']"));
                assertEquals("URGENT", severity.getAttribute("data-severity"));
                assertTrue(severity.getText().contains("URGENT"), severity::getText);
                assertFalse(
                        first.findElements(
                                        By.cssSelector("[data-field='red-flags'] li[data-red-flag='CHEST_SYMPTOMS']"))
                                .isEmpty(),
                        "the answer is shown");
                tess.assertAccessible("tess's caseload with an URGENT patient");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(tess.describe(), e);
            }
        }
    }

    @Test
    void aSessionAboveTheCeilingShowsTheServersAdviceToThePatient(Layout layout) {
        begin(layout);
        try (Browser pat = Browser.open(layout, patPhone)) {
            try {
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                pat.driver
                        .findElement(By.cssSelector("li[data-item-id] input[name='done']"))
                        .click();
                PatientPages.choosePain(pat, "pain-before", 2);
                PatientPages.choosePain(pat, "pain-during", 6);
                PatientPages.choosePain(pat, "pain-after", 4);
                PatientPages.answerRedFlags(pat, "session");
                pat.driver
                        .findElement(By.cssSelector("[data-action='save-session']"))
                        .click();
                WebElement shown = pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid='session-advice']")));

                List<JsonNode> sessions = PatientPages.patSessionsSince(layout, start);
                assertEquals(1, sessions.size(), sessions::toString);
                JsonNode advice = sessions.get(0).path("advice").get(0);
                assertEquals("REDUCE_INTENSITY", advice.path("code").asText(), sessions::toString);
                assertEquals("ABOVE", sessions.get(0).path("ceiling").asText());
                assertEquals("REDUCE_INTENSITY", shown.getAttribute("data-advice-code"));
                assertEquals(
                        advice.path("text").asText(),
                        shown.findElement(By.cssSelector(".advice__main")).getText());
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(pat.describe(), e);
            }
        }
    }

    @Test
    void aPendingFollowUpIsListedOnEveryBrowserOfThePatientAndItsAnswerShowsTheServersAdvice(Layout layout) {
        begin(layout);
        // A session that ended two hours ago, logged from another device: its follow-up window is open.
        Instant ended = Instant.now().minus(Duration.ofHours(2));
        String sessionId = logSessionThatEnded(ended);
        By item = By.cssSelector(
                "li[data-testid='follow-up-item'][data-session-id='" + sessionId + "'][data-status='OPEN']");

        try (Browser phone = Browser.open(layout, patPhone);
                Browser laptop = Browser.open(layout, patLaptop)) {
            try {
                phone.signIn(DemoUser.PAT);
                phone.wait.until(ExpectedConditions.visibilityOfElementLocated(item));
                laptop.signIn(DemoUser.PAT);
                WebElement due = laptop.wait.until(ExpectedConditions.visibilityOfElementLocated(item));

                PatientPages.choosePain(laptop, "follow-up-" + sessionId, 2);
                due.findElement(By.cssSelector("[data-action='answer-follow-up']"))
                        .click();
                WebElement shown = laptop.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-state='answered'][data-session-id='" + sessionId
                                + "'] [data-testid='follow-up-advice']")));

                JsonNode session = PatientPages.patSessionsSince(layout, ended.minus(Duration.ofMinutes(20))).stream()
                        .filter(s -> s.path("id").asText().equals(sessionId))
                        .findFirst()
                        .orElseThrow();
                assertEquals("BACK_TO_BASELINE", session.path("twoHourRule").asText(), session::toString);
                assertEquals(
                        session.path("advice").get(0).path("text").asText(),
                        shown.findElement(By.cssSelector(".advice__main")).getText());

                // Answered on the laptop: the phone no longer asks once it looks again.
                phone.driver.navigate().refresh();
                PatientPages.awaitTodayWithItems(phone);
                phone.wait.until(ExpectedConditions.invisibilityOfElementLocated(item));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(phone.describe() + System.lineSeparator() + laptop.describe(), e);
            }
        }
    }

    private void begin(Layout layout) {
        this.layout = layout;
        this.start = Instant.now().minusSeconds(5);
    }

    /**
     * The flags these tests raised are acknowledged by tess, so the other system tests see pat's
     * caseload row as the demo data leaves it.
     */
    @AfterEach
    void acknowledgeTheFlagsRaisedHere() {
        if (layout == null) {
            return;
        }
        String token = KeycloakTokens.accessToken(layout, DemoUser.TESS);
        String flags = layout.patientServiceUrl() + "/api/v1/patients/" + PatientPages.PAT_RECORD + "/flags";
        HttpResponse<String> open = Http.get(flags + "?status=OPEN", token);
        assertEquals(200, open.statusCode(), () -> Http.describe(open));
        for (JsonNode flag : Http.json(open)) {
            if (Instant.parse(flag.path("raisedAt").asText()).isAfter(start)) {
                HttpResponse<String> done =
                        Http.postJson(flags + "/" + flag.path("id").asText() + "/acknowledgement", token, null);
                assertEquals(200, done.statusCode(), () -> Http.describe(done));
            }
        }
    }

    private JsonNode onlyDailyCheckInSince() {
        List<JsonNode> daily = PatientPages.patCheckInsSince(layout, start).stream()
                .filter(c -> c.path("kind").asText().equals("DAILY"))
                .toList();
        assertEquals(1, daily.size(), daily::toString);
        return daily.get(0);
    }

    private String logSessionThatEnded(Instant ended) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.PAT);
        String body = """
                {"startedAt":"%s","endedAt":"%s","painBefore":3,"painDuringPeak":3,"painAfter":3,"redFlags":[],
                 "items":[{"exerciseId":"%s","durationMinutes":15}]}""".formatted(ended.minus(Duration.ofMinutes(15)), ended, UUID.randomUUID());
        HttpResponse<String> response = Http.postJson(
                layout.patientServiceUrl() + "/api/v1/patients/" + PatientPages.PAT_RECORD + "/sessions", token, body);
        assertEquals(201, response.statusCode(), () -> Http.describe(response));
        return Http.json(response).path("id").asText();
    }
}
