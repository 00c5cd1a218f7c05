package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * pat's phone loses the network: a pain check-in waits in IndexedDB (and the page says so), and
 * when the network is back it is delivered exactly once, without anyone pressing anything.
 */
@ExtendWith(RunningMotus.class)
class PatientOfflineCheckInIT {

    static final int PAIN = 9;

    @TempDir
    Path profile;

    @Test
    void aCheckInMadeOfflineWaitsAndIsDeliveredOnceWhenBackOnline(Layout layout) {
        Instant start = Instant.now().minusSeconds(5);
        try (Browser pat = Browser.open(layout, profile)) {
            try {
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);

                ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
                offline.setOffline(true);
                pat.driver.setNetworkConditions(offline);

                PatientPages.choosePain(pat, "daily-pain", PAIN);
                PatientPages.answerRedFlags(pat, "daily");
                pat.driver
                        .findElement(By.cssSelector("#daily-check-in button[type='submit']"))
                        .click();
                WebElement waiting = pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#waiting li[data-state='waiting']")));
                assertTrue(waiting.getText().contains("Pain today: " + PAIN + " out of 10"), waiting::getText);
                assertTrue(pat.driver
                        .findElement(By.id("waiting-heading"))
                        .getText()
                        .startsWith("Waiting to be sent (1)"));
                pat.assertAccessible("Today with a check-in waiting offline");
                assertEquals(List.of(), painsSince(layout, start), "nothing reaches the server while offline");

                // Back online: the page's online event (or its backoff timer) sends it by itself.
                long back = System.nanoTime();
                pat.driver.deleteNetworkConditions();
                new WebDriverWait(pat.driver, Duration.ofSeconds(90))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("waiting")));
                System.out.printf(
                        "[system-test] offline check-in delivered %.1f s after the network came back%n",
                        (System.nanoTime() - back) / 1e9);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(pat.describe(), e);
            }
        }
        assertEquals(List.of(PAIN), painsSince(layout, start), "delivered exactly once");
    }

    private static List<Integer> painsSince(Layout layout, Instant start) {
        return PatientPages.patCheckInsSince(layout, start).stream()
                .filter(c -> c.path("kind").asText().equals("DAILY"))
                .map(c -> c.path("pain").asInt())
                .filter(p -> p == PAIN)
                .toList();
    }
}
