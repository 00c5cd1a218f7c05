package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 6, "the therapist builds and publishes a plan from a protocol and the patient sees it":
 * tess signs in on Keycloak's page, opens paula from her caseload, builds paula's plan from a
 * condition protocol in the plan editor and publishes it; paula signs in in another browser and
 * finds the plan's items due today on her Today screen (the same names the therapist-service
 * preview lists for her browser's date). axe-core checks the caseload, the patient page, the
 * plan editor and the visits screen on the way. A second test schedules and cancels a visit on
 * the Visits screen.
 *
 * <p>paula, not pat: the demo data gives pat a plan already, and tess does not treat paula, so the
 * test first has adam (admin) put tess on paula's care team, and takes her off again at the end
 * (GatewayIT relies on tess not treating paula). Whether paula has a plan already (a rerun) does not matter: the editor
 * then replaces the items with the protocol's, which is the same "from a protocol" path.
 */
@ExtendWith(RunningMotus.class)
class TherapistPublishesPlanIT {

    static final String PAT_RECORD = "0a7e0000-0000-4000-8000-000000000002";
    static final String PAULA_RECORD = "0a7e0000-0000-4000-8000-000000000003";
    /** tess's Keycloak subject (deploy/keycloak/motus-realm.json). */
    static final String TESS_SUBJECT = "7e5a0c1e-0000-4000-8000-000000000001";

    @TempDir
    Path therapistProfile;

    @TempDir
    Path patientProfile;

    @TempDir
    Path visitsProfile;

    @Test
    void theTherapistPublishesAPlanFromAProtocolAndThePatientSeesItsItemsOnToday(Layout layout) {
        setTessOnPaulasCareTeam(layout, true);
        try {
            publishAndSee(layout);
        } finally {
            // Other system tests rely on the demo data's "tess does not treat paula" (GatewayIT's 404).
            setTessOnPaulasCareTeam(layout, false);
        }
    }

    private void publishAndSee(Layout layout) {
        JsonNode protocol = firstProtocol(layout);
        String protocolId = protocol.path("id").asText();
        Set<String> protocolExercises = new TreeSet<>();
        protocol.path("items")
                .forEach(item -> protocolExercises.add(item.path("exerciseName").asText()));
        assertFalse(protocolExercises.isEmpty(), () -> "protocol without items: " + protocol);

        String planId;
        try (Browser tess = Browser.open(layout, therapistProfile)) {
            try {
                tess.signIn(DemoUser.TESS);

                // The caseload, with paula on it (latest pain is part of each row's contract).
                WebElement paula = tess.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-patient-id='" + PAULA_RECORD + "']")));
                assertFalse(paula.findElement(By.cssSelector("[data-field='latest-pain']"))
                        .getText()
                        .isBlank());
                tess.assertAccessible("the caseload");

                // The patient page, opened from the caseload.
                paula.findElement(By.linkText(DemoUser.PAULA.fullName)).click();
                tess.wait.until(ExpectedConditions.textToBe(By.id("patient-heading"), DemoUser.PAULA.fullName));
                tess.wait.until(ExpectedConditions.elementToBeClickable(By.id("open-plan-editor")));
                tess.wait.until(
                        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".patient-page .loading")));
                tess.assertAccessible("the patient page");

                // The plan editor: a new plan from the protocol, or (rerun) the protocol's items in the plan.
                tess.driver.findElement(By.id("open-plan-editor")).click();
                tess.wait.until(ExpectedConditions.or(
                        ExpectedConditions.visibilityOfElementLocated(By.id("plan-start")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("use-protocol"))));
                if (!tess.driver.findElements(By.id("plan-start")).isEmpty()) {
                    tess.assertAccessible("the plan editor (start a plan)");
                    tess.driver.findElement(By.id("start-" + protocolId)).click();
                    tess.driver.findElement(By.id("create-plan")).click();
                    tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("use-protocol")));
                } else {
                    new Select(tess.driver.findElement(By.id("protocol-choice"))).selectByValue(protocolId);
                    tess.driver.findElement(By.id("use-protocol")).click();
                }
                tess.wait.until(driver -> editorExercises(tess).equals(protocolExercises));
                tess.wait.until(
                        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".plan-editor .loading")));
                tess.assertAccessible("the plan editor");
                // Issue 19: the editor's newer panels ("Reuse this plan", the shortcut list, the handout's
                // language) checked on a phone-sized screen too, then back to the laptop.
                tess.driver
                        .findElement(By.cssSelector("details.shortcuts > summary"))
                        .click();
                tess.driver.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
                try {
                    tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".share-plan")));
                    tess.assertAccessible("the plan editor with its reuse, shortcut and handout panels (390 px)");
                } finally {
                    tess.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }

                tess.driver.findElement(By.id("publish-plan")).click();
                tess.wait.until(ExpectedConditions.textMatches(
                        By.id("plan-status"), Pattern.compile("Version \\d+ published")));
                // Published: the history's handout links and the language they print in (ADR 0048).
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("handout-language")));
                tess.assertAccessible("the plan editor after publishing, with its handout links");
                tess.driver.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
                try {
                    tess.assertAccessible("the plan editor after publishing, with its handout links (390 px)");
                } finally {
                    tess.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }
                planId = plansOfPaula(layout).path(0).path("id").asText();
                JsonNode plan = plansOfPaula(layout).path(0);
                assertTrue(plan.path("activeVersion").isInt(), () -> "no active version after publishing: " + plan);

                // The visits screen, for axe-core.
                tess.driver.findElement(By.linkText("Visits")).click();
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting-count")));
                tess.assertAccessible("the therapist's visits");

                // The exercise library, the last screen of the therapist's navigation.
                tess.driver.findElement(By.linkText("Exercise library")).click();
                tess.wait.until(
                        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#exercise-list > li"), 10));
                tess.assertAccessible("the exercise library");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(tess.describe(), e);
            }
        }

        try (Browser paula = Browser.open(layout, patientProfile)) {
            try {
                paula.signIn(DemoUser.PAULA);
                String today = (String) paula.script("""
                        const d = new Date(), pad = n => String(n).padStart(2, '0');
                        return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());""");
                Set<String> dueToday = dueOn(layout, planId, today);
                assertFalse(
                        dueToday.isEmpty(),
                        () -> "the protocol has nothing due on " + today + "; pick one with daily items");
                assertTrue(
                        protocolExercises.containsAll(dueToday), () -> dueToday + " not all from " + protocolExercises);
                try {
                    paula.wait.until(driver -> todayExercises(paula).containsAll(dueToday));
                } catch (RuntimeException e) {
                    throw new AssertionError(
                            "Today should list " + dueToday + " but lists " + todayExercises(paula), e);
                }
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(paula.describe(), e);
            }
        }
    }

    /**
     * The therapist's Visits screen: schedules a visit with pat (on tess's caseload in the demo
     * data) for tomorrow through the form, finds it under Upcoming, and cancels it again, saying why.
     */
    @Test
    void theTherapistSchedulesAVisitAndCancelsIt(Layout layout) {
        try (Browser tess = Browser.open(layout, visitsProfile)) {
            try {
                tess.signIn(DemoUser.TESS);
                tess.driver.findElement(By.linkText("Visits")).click();
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("schedule-visit")));
                Set<String> before = visitIds(tess);

                tess.wait.until(driver -> new Select(driver.findElement(By.id("visit-patient")))
                                .getOptions()
                                .size()
                        > 1);
                new Select(tess.driver.findElement(By.id("visit-patient"))).selectByValue(PAT_RECORD);
                tess.script("""
                        const tomorrow = new Date(Date.now() + 24 * 3600 * 1000), pad = n => String(n).padStart(2, '0');
                        const set = (id, value) => {
                          const input = document.getElementById(id);
                          input.value = value;
                          input.dispatchEvent(new Event('input', { bubbles: true }));
                        };
                        set('visit-date', tomorrow.getFullYear() + '-' + pad(tomorrow.getMonth() + 1) + '-' + pad(tomorrow.getDate()));
                        set('visit-time', '10:30');""");
                new Select(tess.driver.findElement(By.id("visit-length"))).selectByValue("20");
                tess.driver.findElement(By.id("visit-reason")).sendKeys("Check the new plan");
                tess.driver.findElement(By.id("schedule-submit")).click();

                String visitId = tess.wait.until(driver -> {
                    Set<String> now = visitIds(tess);
                    now.removeAll(before);
                    return now.isEmpty() ? null : now.iterator().next();
                });
                WebElement visit =
                        tess.driver.findElement(By.cssSelector("#upcoming-visits [data-visit-id='" + visitId + "']"));
                assertTrue(
                        visit.getText().contains("Pat Patient")
                                && visit.getText().contains("20 minutes")
                                && visit.getText().contains("Check the new plan"),
                        visit::getText);
                tess.assertAccessible("the therapist's visits with a visit scheduled");

                visit.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Cancel')]"))
                        .click();
                tess.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel-" + visitId + "-reason")))
                        .sendKeys("Pat asked to meet in person instead");
                tess.driver
                        .findElement(By.cssSelector("#cancel-" + visitId + " button[type='submit']"))
                        .click();
                // The row re-renders after the cancel: a status read just as it is replaced is stale; ask again.
                tess.wait
                        .ignoring(StaleElementReferenceException.class)
                        .until(driver -> driver
                                .findElements(By.cssSelector("[data-visit-id='" + visitId + "'] [data-field='status']"))
                                .stream()
                                .anyMatch(status -> status.getText().startsWith("Cancelled")));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(tess.describe(), e);
            }
        }
    }

    private static Set<String> visitIds(Browser browser) {
        Set<String> ids = new TreeSet<>();
        for (WebElement item : browser.driver.findElements(By.cssSelector("#upcoming-visits [data-visit-id]"))) {
            ids.add(item.getAttribute("data-visit-id"));
        }
        return ids;
    }

    /** The exercise names in the editor's item list, in any order. */
    private static Set<String> editorExercises(Browser browser) {
        Set<String> names = new TreeSet<>();
        for (WebElement item : browser.driver.findElements(By.cssSelector("[data-editor-item] h3"))) {
            String text = item.getText();
            names.add(text.substring(text.indexOf(':') + 1).trim()); // after the visually hidden "Item 1 of 3:"
        }
        return names;
    }

    /**
     * What paula's Today lists: one {@code li[data-item-id]} per item with the exercise name as its
     * {@code h3} (the patient screens' element contract in web/README.md).
     */
    private static Set<String> todayExercises(Browser browser) {
        Set<String> names = new TreeSet<>();
        for (WebElement name : browser.driver.findElements(By.cssSelector("li[data-item-id] > h3"))) {
            names.add(name.getText().trim());
        }
        return names;
    }

    /** adam (admin) assigns (idempotent PUT) or removes (DELETE) tess as one of paula's therapists. */
    private static void setTessOnPaulasCareTeam(Layout layout, boolean onTeam) {
        String admin = KeycloakTokens.accessToken(layout, DemoUser.ADAM);
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(
                        layout.patientServiceUrl() + "/api/v1/patients/" + PAULA_RECORD + "/care-team/" + TESS_SUBJECT))
                .header("Authorization", "Bearer " + admin)
                .header("Accept", "application/json")
                .method(onTeam ? "PUT" : "DELETE", HttpRequest.BodyPublishers.noBody()));
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, () -> Http.describe(response));
    }

    private static JsonNode firstProtocol(Layout layout) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.TESS);
        HttpResponse<String> response = Http.get(layout.therapistServiceUrl() + "/api/v1/protocols", token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        JsonNode protocols = Http.json(response);
        assertTrue(protocols.isArray() && !protocols.isEmpty(), () -> "no protocols: " + protocols);
        return protocols.get(0);
    }

    private static JsonNode plansOfPaula(Layout layout) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.TESS);
        HttpResponse<String> response =
                Http.get(layout.therapistServiceUrl() + "/api/v1/plans?patientId=" + PAULA_RECORD, token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        return Http.json(response);
    }

    /** The therapist's preview of what is due on a date: the names Today must show. */
    private static Set<String> dueOn(Layout layout, String planId, String date) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.TESS);
        HttpResponse<String> response =
                Http.get(layout.therapistServiceUrl() + "/api/v1/plans/" + planId + "/today?date=" + date, token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        Set<String> names = new TreeSet<>();
        Http.json(response)
                .path("items")
                .forEach(item -> names.add(item.path("name").asText()));
        return names;
    }
}
