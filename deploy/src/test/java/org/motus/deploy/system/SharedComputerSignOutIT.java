package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * pat uses a library computer: what Motus kept in the browser for an offline start is gone after
 * sign-out, and an entry not yet sent is not deleted without pat being told and choosing.
 */
@ExtendWith(RunningMotus.class)
class SharedComputerSignOutIT {

    /** The patient data this origin holds in the browser, as the page itself can see it. */
    private static final String DEVICE_DATA = """
            const done = arguments[arguments.length - 1];
            const local = Object.keys(localStorage).filter((key) => key.startsWith('motus'));
            indexedDB.databases().then(async (dbs) => {
              const names = dbs.map((db) => db.name);
              let records = 0;
              if (names.includes('motus-patient')) {
                const db = await new Promise((ok, fail) => {
                  const open = indexedDB.open('motus-patient');
                  open.onsuccess = () => ok(open.result);
                  open.onerror = () => fail(open.error);
                });
                if (db.objectStoreNames.contains('records')) {
                  records = await new Promise((ok) => {
                    const count = db.transaction('records').objectStore('records').count();
                    count.onsuccess = () => ok(count.result);
                  });
                }
                db.close();
              }
              done('databases=' + names.filter((n) => n.startsWith('motus')).join(',') + ' records=' + records
                  + ' localStorage=' + local.join(','));
            }, (e) => done('error ' + e));
            """;

    @TempDir
    Path profile;

    @Test
    void signingOutLeavesNoPatientDataAndAnUnsentEntryIsNeverDeletedUnasked(Layout layout) {
        try (Browser pat = Browser.open(layout, profile)) {
            try {
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                String signedIn = deviceData(pat);
                assertTrue(signedIn.contains("records=1"), "the record is kept for an offline start: " + signedIn);
                assertTrue(signedIn.endsWith("localStorage="), "nothing of pat's in localStorage: " + signedIn);

                // Offline, a check-in waits on the computer: sign-out says so and pat can stay.
                ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
                offline.setOffline(true);
                pat.driver.setNetworkConditions(offline);
                PatientPages.choosePain(pat, "daily-pain", 4);
                PatientPages.answerRedFlags(pat, "daily");
                pat.driver
                        .findElement(By.cssSelector("#daily-check-in button[type='submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#waiting li[data-state='waiting']")));
                pat.driver.findElement(By.id("sign-out")).click();
                String warning = pat.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-testid='sign-out-warning']")))
                        .getText();
                assertTrue(warning.contains("1 entry has not reached Motus yet"), warning);
                pat.assertAccessible("the sign-out warning");
                pat.driver
                        .findElement(By.cssSelector("[data-action='stay-signed-in']"))
                        .click();
                assertEquals(
                        1,
                        pat.driver
                                .findElements(By.cssSelector("#waiting li[data-state='waiting']"))
                                .size(),
                        "staying signed in keeps the entry");

                // Back online the entry is delivered; then sign-out deletes everything without asking.
                pat.driver.deleteNetworkConditions();
                pat.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("waiting")));
                pat.driver.findElement(By.id("sign-out")).click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
                assertEquals("databases= records=0 localStorage=", deviceData(pat), "patient data left after sign-out");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(pat.describe(), e);
            }
        }
    }

    private static String deviceData(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeAsyncScript(DEVICE_DATA));
    }
}
