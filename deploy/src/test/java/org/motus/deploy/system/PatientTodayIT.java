package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * pat does today's routine in a real Chromium: a stretch's hold timer counts down with the
 * breathing pacer, the session is saved with pains before / during / after and the red-flag
 * questions answered, and its two-hour follow-up is listed as coming up (the server owns it:
 * ClinicalSafetyIT answers one); a daily pain check-in follows; then tess, in a second browser,
 * sees pat's new latest pain on her caseload.
 */
@ExtendWith(RunningMotus.class)
class PatientTodayIT {

    /** Distinct from the demo history (falling from about 6 to 3) so tess's caseload shows ours. */
    static final int DAILY_PAIN = 7;

    @TempDir
    Path patProfile;

    @TempDir
    Path tessProfile;

    @Test
    void patDoesTodayWithATimerSavesASessionAndACheckInAndTessSeesTheNewPain(Layout layout) {
        Instant start = Instant.now().minusSeconds(5);
        try (Browser pat = Browser.open(layout, patProfile)) {
            try {
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                // Today again as on a new phone that arrives signed in (from an invitation): from the
                // network, not the service worker, so the gateway names pat's first-screen files with
                // the page (Link, docs/adr/0061). The browser must use those answers: with its cache off,
                // a hint that does not match its use (crossorigin, as=) shows as a file fetched twice.
                pat.driver.executeCdpCommand("Network.enable", java.util.Map.of());
                pat.driver.executeCdpCommand("Network.setBypassServiceWorker", java.util.Map.of("bypass", true));
                pat.driver.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
                pat.driver.navigate().refresh();
                PatientPages.awaitTodayWithItems(pat);
                assertEquals(
                        0L,
                        ((Number) pat.script("return performance.getEntriesByType('navigation')[0].workerStart;"))
                                .longValue(),
                        "Today came from the network");
                @SuppressWarnings("unchecked")
                List<String> files = (List<String>)
                        pat.script("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
                                + ".filter(p => p.startsWith('/assets/') || p === '/api/v1/me');");
                assertTrue(files.stream().anyMatch(f -> f.startsWith("/assets/PatientApp-")), files::toString);
                assertTrue(files.contains("/api/v1/me"), files::toString);
                assertEquals(files.size(), files.stream().distinct().count(), files::toString);
                pat.driver.executeCdpCommand("Network.setBypassServiceWorker", java.util.Map.of("bypass", false));
                pat.driver.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", false));

                // A stretch: the hold timer, its spoken/visual countdown and the breathing pacer.
                WebElement stretch = pat.driver.findElement(
                        By.xpath("//li[@data-item-id][.//h3[normalize-space()='Hamstring stretch']]"));
                String itemId = stretch.getAttribute("data-item-id");
                WebElement remaining = stretch.findElement(By.cssSelector("[data-field='timer-remaining']"));
                assertEquals("0:30", remaining.getText());
                stretch.findElement(By.cssSelector("[data-action='start-timer']"))
                        .click();
                pat.wait.until(d -> remaining.getText().matches("0:2[0-8]"));
                assertEquals(
                        "hold",
                        stretch.findElement(By.cssSelector("[data-timer]")).getAttribute("data-phase"));
                assertTrue(stretch.findElement(By.cssSelector("[data-field='breathing']"))
                        .getText()
                        .matches("(Breathe in|Hold your breath|Pause|Breathe out) \\d of \\d"));
                assertEquals(
                        "Hold 1 of 2: 30 seconds.",
                        stretch.findElement(By.cssSelector("[data-field='timer-announcement']"))
                                .getAttribute("textContent"));
                pat.assertAccessible("Today with a hold timer running");
                stretch.findElement(By.cssSelector("[data-action='stop-timer']"))
                        .click();

                // What was done, and the pains in plain 0-10 buttons.
                stretch.findElement(By.cssSelector("input[name='done']")).click();
                PatientPages.choosePain(pat, "pain-before", 3);
                PatientPages.choosePain(pat, "pain-during", 2);
                PatientPages.choosePain(pat, "pain-after", 3);
                PatientPages.answerRedFlags(pat, "session");
                pat.driver
                        .findElement(By.cssSelector("[data-action='save-session']"))
                        .click();
                pat.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("session-saved"), "Your session is saved"));
                // The two-hour follow-up is listed once the server has the session: not yet open.
                pat.wait.until(
                        ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector(
                                        "#follow-ups li[data-testid='follow-up-item'][data-status='UPCOMING'] form[data-state='pending']")));

                PatientPages.choosePain(pat, "daily-pain", DAILY_PAIN);
                PatientPages.answerRedFlags(pat, "daily");
                pat.driver
                        .findElement(By.cssSelector("#daily-check-in button[type='submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("check-in-saved"), DAILY_PAIN + " out of 10"));
                pat.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("waiting")));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(pat.describe(), e);
            }
        }

        List<JsonNode> sessions = PatientPages.patSessionsSince(layout, start);
        assertEquals(1, sessions.size(), () -> "one session stored: " + sessions);
        JsonNode session = sessions.get(0);
        assertEquals(3, session.path("painBefore").asInt());
        assertEquals(2, session.path("painDuringPeak").asInt());
        assertEquals(3, session.path("painAfter").asInt());
        assertTrue(session.path("painFollowUp").isNull(), session::toString);
        assertEquals("FOLLOW_UP_MISSING", session.path("twoHourRule").asText());
        assertEquals(
                "RECORD_FOLLOW_UP", session.path("advice").get(0).path("code").asText(), session::toString);
        assertTrue(session.path("items").toString().contains("\"holdSeconds\":30"), session::toString);
        List<JsonNode> daily = PatientPages.patCheckInsSince(layout, start).stream()
                .filter(c -> c.path("kind").asText().equals("DAILY"))
                .toList();
        assertEquals(1, daily.size(), () -> "one daily check-in: " + daily);
        assertEquals(DAILY_PAIN, daily.get(0).path("pain").asInt());

        // tess's caseload (the therapist screens' contract: web/README.md).
        try (Browser tess = Browser.open(layout, tessProfile)) {
            try {
                tess.signIn(DemoUser.TESS);
                By latestPain = By.cssSelector(
                        "[data-patient-id='" + PatientPages.PAT_RECORD + "'] [data-field='latest-pain']");
                tess.wait.until(ExpectedConditions.presenceOfElementLocated(latestPain));
                // The first number in the text is the pain (e.g. "7/10, Daily check-in, ...").
                tess.wait.until(d -> d.findElement(latestPain).getText().matches("(?s)\\D*\\b" + DAILY_PAIN + "\\b.*"));
                tess.assertAccessible("tess's caseload");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(tess.describe(), e);
            }
        }
    }
}
