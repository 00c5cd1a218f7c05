package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the patient system tests do on the patient's screens (element contracts: web/README.md). */
final class PatientPages {

    /** pat's patient record (patient-service demo data). */
    static final String PAT_RECORD = "0a7e0000-0000-4000-8000-000000000002";

    private PatientPages() {}

    /** Waits for Today with pat's demo plan (therapist-service demo data) on screen. */
    static void awaitTodayWithItems(Browser browser) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-heading")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-item-id]")));
    }

    /** Picks a pain on one of the big 0-10 scales (the radio itself is visually hidden under its label). */
    static void choosePain(Browser browser, String scale, int pain) {
        WebElement label = browser.driver.findElement(
                By.xpath("//input[@type='radio' and @name='" + scale + "' and @value='" + pain + "']/parent::label"));
        label.click();
    }

    /**
     * Answers a form's red-flag questions (clinical-rules.md §16): ticks the given codes, or "None of
     * these" when there are none. {@code form} is "daily" or "session".
     */
    static void answerRedFlags(Browser browser, String form, String... codes) {
        List<String> ticks = codes.length == 0 ? List.of("NONE") : List.of(codes);
        for (String code : ticks) {
            WebElement box = browser.driver.findElement(By.cssSelector(
                    "fieldset[data-testid='" + form + "-red-flags'] input[data-red-flag='" + code + "']"));
            if (!box.isSelected()) {
                box.findElement(By.xpath("./ancestor::label[1]")).click();
            }
        }
    }

    /** pat's check-ins since {@code from}, straight from patient-service with pat's own Keycloak token. */
    static List<JsonNode> patCheckInsSince(Layout layout, Instant from) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.PAT);
        HttpResponse<String> response = Http.get(
                layout.patientServiceUrl() + "/api/v1/patients/" + PAT_RECORD + "/check-ins?from="
                        + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8),
                token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        List<JsonNode> checkIns = new ArrayList<>();
        Http.json(response).forEach(checkIns::add);
        return checkIns;
    }

    /** pat's sessions since {@code from}. */
    static List<JsonNode> patSessionsSince(Layout layout, Instant from) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.PAT);
        HttpResponse<String> response = Http.get(
                layout.patientServiceUrl() + "/api/v1/patients/" + PAT_RECORD + "/sessions?from="
                        + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8),
                token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        List<JsonNode> sessions = new ArrayList<>();
        Http.json(response).forEach(sessions::add);
        return sessions;
    }
}
