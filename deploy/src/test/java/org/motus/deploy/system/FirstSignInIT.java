package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new patient's first sign-in in a real Chromium through the real Keycloak (issue 13 item 6): the
 * welcome says Motus is not for emergencies, the time zone comes from the browser, a contact
 * preference is changed, both consents are accepted; the decisions are stored with the text's
 * version and time, and a reload goes straight to Today. The patient is made through Keycloak's
 * Admin API, so the demo users (who have accepted already) stay as they are.
 */
@ExtendWith(RunningMotus.class)
class FirstSignInIT {

    @TempDir
    Path profile;

    @Test
    void aNewPatientCompletesTheWelcomeAndTheConsentsAreStoredWithTheirVersionAndTime(Layout layout) {
        String username = "nina-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakAdmin.signIn(layout)
                .createUser(username, username + "@motus.example", "Nina", "Newcomer", "nina-first-sign-in", "patient");

        try (Browser nina = Browser.open(layout, profile)) {
            try {
                nina.signIn(username, "nina-first-sign-in", "Nina Newcomer");
                nina.wait.until(ExpectedConditions.textToBe(By.id("first-sign-in-heading"), "Welcome to Motus"));
                assertTrue(nina.driver
                        .findElement(By.id("first-sign-in"))
                        .getText()
                        .contains("Motus is not for emergencies."));
                nina.assertAccessible("the first sign-in's welcome");
                nina.driver.findElement(By.id("welcome-next")).click();

                // The browser's own zone is proposed.
                String browserZone = (String) nina.script("return Intl.DateTimeFormat().resolvedOptions().timeZone");
                nina.wait.until(ExpectedConditions.attributeToBe(By.id("welcome-zone"), "value", browserZone));
                nina.driver.findElement(By.id("welcome-zone-next")).click();

                nina.wait
                        .until(ExpectedConditions.elementToBeClickable(
                                By.cssSelector("input[name='followUpReminders-email']")))
                        .click();
                nina.assertAccessible("the first sign-in's contact preferences");
                nina.driver.findElement(By.id("welcome-preferences-next")).click();

                nina.wait
                        .until(ExpectedConditions.elementToBeClickable(
                                By.cssSelector("input[name='consent-TELEHEALTH'][value='accept']")))
                        .click();
                nina.driver
                        .findElement(By.cssSelector("input[name='consent-REMOTE_MONITORING'][value='accept']"))
                        .click();
                nina.assertAccessible("the first sign-in's consents");
                nina.driver.findElement(By.id("welcome-consents-done")).click();
                nina.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.patient-nav")));
                assertTrue(nina.driver.findElements(By.id("first-sign-in")).isEmpty());

                JsonNode record = fetch(nina, "/api/v1/patients/me");
                assertEquals(browserZone, record.path("timeZone").asText(), record::toString);
                assertFalse(record.path("timeZoneSetAt").isNull(), record::toString);
                String id = record.path("id").asText();
                JsonNode consents = fetch(nina, "/api/v1/patients/" + id + "/consents");
                assertFalse(consents.path("decisionNeeded").asBoolean(), consents::toString);
                assertEquals(2, consents.path("history").size(), consents::toString);
                for (JsonNode decision : consents.path("history")) {
                    assertEquals("ACCEPTED", decision.path("decision").asText(), consents::toString);
                    assertEquals("2026-12-01", decision.path("textVersion").asText(), consents::toString);
                    assertTrue(decision.path("decidedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
                    assertTrue(decision.path("client").asText().contains("Chrom"), consents::toString);
                }
                JsonNode preferences = fetch(nina, "/api/v1/patients/" + id + "/contact-preferences");
                assertTrue(preferences.path("followUpReminders").path("email").asBoolean(), preferences::toString);

                // Decided: a reload goes straight to the patient's screens.
                nina.driver.navigate().refresh();
                nina.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.patient-nav")));
                assertTrue(nina.driver.findElements(By.id("first-sign-in")).isEmpty());
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(nina.describe(), e);
            }
        }
    }

    /** A GET through the gateway with the browser's own session, as the web app makes it. */
    private static JsonNode fetch(Browser browser, String path) {
        Object body = browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {headers: {Accept: 'application/json'}})"
                        + ".then(r => r.text()).then(done, e => done('error: ' + e));",
                path);
        try {
            return Http.JSON.readTree(String.valueOf(body));
        } catch (java.io.IOException e) {
            throw new AssertionError(path + " answered " + body, e);
        }
    }
}
