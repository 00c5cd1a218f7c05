package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core (WCAG 2.1 A/AA, no serious or critical finding) on the patient's Today, Progress, Settings and
 * Visits screens, on a laptop and on a 360 px wide phone; Visits shows a visit tess booked with
 * its calendar file and the Join link while the waiting room is open.
 */
@ExtendWith(RunningMotus.class)
class PatientScreensAccessibilityIT {

    private static final String CHART_JS_LOADED =
            "return performance.getEntriesByType('resource').some(e => /\\/assets\\/chartjs-[^/]*\\.js$/.test(e.name))";

    @TempDir
    Path tessProfile;

    @TempDir
    Path laptopProfile;

    @TempDir
    Path phoneProfile;

    @Test
    void todayProgressAndVisitsPassAxeOnALaptopAndOnAPhone(Layout layout) {
        VisitSlots.free(SignedIn.as(DemoUser.TESS, layout), layout.gatewayUrl(), Instant.now(), 26);
        String visitId = tessBooksAVisitForPatInFiveMinutes(layout);
        check(layout, Browser.open(layout, laptopProfile), "laptop", visitId);
        check(layout, Browser.open(layout, phoneProfile, List.of("--window-size=360,800")), "phone (360 px)", visitId);
    }

    private static void check(Layout layout, Browser opened, String device, String visitId) {
        try (Browser pat = opened) {
            try {
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                pat.assertAccessible("Today on a " + device);
                assertEquals(
                        Boolean.FALSE, pat.script(CHART_JS_LOADED), "chart.js is not loaded before a chart is shown");

                pat.driver
                        .findElement(By.cssSelector("nav a[href='/progress']"))
                        .click();
                pat.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("figure.progress-chart"), 3));
                // chart.js (a lazy chunk) has taken over each canvas (it sets the canvas's box-sizing).
                pat.wait.until(
                        d -> Boolean.TRUE.equals(
                                pat.script(
                                        "return [...document.querySelectorAll('figure.progress-chart canvas')].every(c => c.style.boxSizing === 'border-box')")));
                assertEquals(Boolean.TRUE, pat.script(CHART_JS_LOADED));
                String painSummary = pat.driver
                        .findElement(By.cssSelector("#chart-pain [data-field='summary']"))
                        .getText();
                assertTrue(painSummary.contains("out of 10"), painSummary);
                pat.assertAccessible("Progress on a " + device);

                pat.driver.findElement(By.cssSelector("nav a[href='/visits']")).click();
                WebElement visit = pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#upcoming-visits [data-visit-id='" + visitId + "']")));
                assertTrue(visit.findElement(By.cssSelector("a[data-action='join']"))
                        .getAttribute("href")
                        .endsWith("/visits/" + visitId + "/call"));
                assertTrue(visit.findElement(By.cssSelector("a[data-action='calendar']"))
                        .getAttribute("href")
                        .endsWith("/api/v1/visits/" + visitId + "/calendar.ics"));
                pat.assertAccessible("Visits on a " + device);
                noSidewaysScrolling(pat, device, "Visits");

                pat.driver
                        .findElement(By.cssSelector("nav a[href='/settings']"))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings-reminders-heading")));
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#settings-consents [data-kind='TELEHEALTH'] [data-field='standing']")));
                pat.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#settings-contact-save")));
                pat.wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//button[normalize-space()='Save reminders']")));
                assertTrue(pat.driver
                        .findElement(By.id("my-data-link"))
                        .getAttribute("href")
                        .endsWith("/$everything"));
                pat.assertAccessible("Settings on a " + device);
                noSidewaysScrolling(pat, device, "Settings");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(pat.describe(), e);
            }
        }
    }

    private static void noSidewaysScrolling(Browser pat, String device, String screen) {
        if (device.startsWith("phone")) {
            Object overflow =
                    pat.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), screen + ": no sideways scrolling at 360 px");
        }
    }

    /** tess books through the web app's own API path with her browser session (the gateway's CSRF header included). */
    @SuppressWarnings("unchecked")
    private String tessBooksAVisitForPatInFiveMinutes(Layout layout) {
        try (Browser tess = Browser.open(layout, tessProfile)) {
            tess.signIn(DemoUser.TESS);
            String start = Instant.now()
                    .plus(5, ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
            Map<String, Object> answer = (Map<String, Object>) tess.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/v1/visits', { method: 'POST', credentials: 'same-origin',
                        headers: { 'Content-Type': 'application/json', 'X-Requested-By': 'motus-web' },
                        body: JSON.stringify({ patientId: arguments[0], start: arguments[1], durationMinutes: 20,
                                               reason: 'Check how the stretches go' }) })
                      .then(async r => done({ status: r.status, body: await r.text() }))
                      .catch(e => done({ status: 0, body: String(e) }));
                    """, PatientPages.PAT_RECORD, start);
            assertEquals(201L, ((Number) answer.get("status")).longValue(), () -> "booking: " + answer);
            try {
                return Http.JSON
                        .readTree(answer.get("body").toString())
                        .path("id")
                        .asText();
            } catch (java.io.IOException e) {
                throw new AssertionError("booking answer is not JSON: " + answer, e);
            }
        }
    }
}
