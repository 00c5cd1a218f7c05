package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * pat's phone has no signal when she opens Motus: the app, served by its service worker, opens
 * Today with her exercises and the check-in form, and a check-in made then waits to be sent.
 */
@ExtendWith(RunningMotus.class)
class PatientAppOpensOfflineIT {

    @TempDir
    Path profile;

    @Test
    void todayOpensWithNoConnectionOnceTheAppHasBeenUsed(Layout layout) {
        try (Browser pat = Browser.open(layout, profile)) {
            try {
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                String manifest = String.valueOf(
                        script(pat, "return document.querySelector('link[rel=manifest]')?.getAttribute('href')"));
                assertEquals("/manifest.json", manifest, "installable: the page links its manifest");
                // The service worker installs, precaches the app and takes control of the page.
                new WebDriverWait(pat.driver, Duration.ofSeconds(60))
                        .until(d ->
                                Boolean.TRUE.equals(script(pat, "return navigator.serviceWorker.controller !== null")));

                ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
                offline.setOffline(true);
                pat.driver.setNetworkConditions(offline);
                pat.driver.navigate().refresh();

                PatientPages.awaitTodayWithItems(pat);
                assertTrue(
                        Boolean.TRUE.equals(script(pat, "return navigator.serviceWorker.controller !== null")),
                        "the page reloaded offline came from the service worker");
                assertTrue(pat.driver.findElement(By.id("daily-check-in")).isDisplayed(), "the check-in form is there");
                PatientPages.choosePain(pat, "daily-pain", 3);
                PatientPages.answerRedFlags(pat, "daily");
                pat.driver
                        .findElement(By.cssSelector("#daily-check-in button[type='submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#waiting li[data-state='waiting']")));
                pat.assertAccessible("Today opened offline");

                pat.driver.deleteNetworkConditions();
                new WebDriverWait(pat.driver, Duration.ofSeconds(90))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("waiting")));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(pat.describe(), e);
            }
        }
    }

    private static Object script(Browser browser, String source) {
        return ((JavascriptExecutor) browser.driver).executeScript(source);
    }
}
