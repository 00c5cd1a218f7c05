package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Admin adam runs the clinic from his screens (issue 13, ADR 0029 and 0030), in Chromium through the
 * real gateway, Keycloak (with his one-time code) and GreenMail: Staff lists the real Keycloak
 * accounts, invites a therapist (the email arrives), deactivates and reactivates them; Patients
 * finds, renames, discharges and reactivates a patient; the care team moves from tess to another
 * therapist with a note (the new one has the patient on their caseload, tess no longer); Audit finds
 * the patient's rows from all three services, by action too, and exports them as CSV. Every answer
 * his screens received and every screen he saw is searched for the patient's clinical data, which
 * tess entered and adam, who does not treat the patient, must never receive.
 */
@ExtendWith(RunningMotus.class)
class AdminScreensIT {

    private static final Duration MAIL_DEADLINE = Duration.ofSeconds(30);

    /** Field names and values of the patient's clinical record, as tess enters them. */
    private static final List<String> CLINICAL = List.of(
            "\"dateOfBirth\"",
            "\"conditions\"",
            "\"baselinePain\"",
            "\"goals\"",
            "\"painCeiling\"",
            "\"prescribedSessionsPerWeek\"",
            "1959-03-04",
            "SCIATICA",
            "Climb the allotment hill");

    /** Wraps the page's fetch so every answer body the screens receive is kept for the test to read. */
    private static final String RECORD_ANSWERS = """
            if (!window.__motusAnswers) {
              window.__motusAnswers = [];
              const original = window.fetch.bind(window);
              window.fetch = async (...args) => {
                const answer = await original(...args);
                try {
                  const body = await answer.clone().text();
                  window.__motusAnswers.push(String(args[0] instanceof Request ? args[0].url : args[0]) + ' ' + body);
                } catch (e) { /* a body that cannot be read twice (a stream) */ }
                return answer;
              };
            }
            """;

    @TempDir
    Path adamProfile;

    @TempDir
    Path downloads;

    @Test
    void adamRunsStaffPatientsCareTeamsAndTheAuditTrailWithoutReceivingClinicalData(Layout layout) {
        long started = System.nanoTime();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String patientName = "Nora Admin" + tag;
        String renamed = "Nora Renamed" + tag;
        String invitedEmail = "ivan." + tag + "@motus.example";
        String invitedName = "Ivan Invited" + tag;

        // What the clinic already has: a second therapist (made directly in Keycloak) and a patient
        // tess treats, with clinical data, a plan read (therapist-service) and a visit (gateway).
        KeycloakAdmin keycloak = KeycloakAdmin.signIn(layout);
        String theaPassword = "thea-" + tag + "-password";
        String thea = keycloak.createUser(
                "thea-" + tag, "thea." + tag + "@motus.example", "Thea", "Transfer" + tag, theaPassword, "therapist");
        String noraSubject = keycloak.createUser(
                "nora-" + tag,
                "nora." + tag + "@motus.example",
                "Nora",
                "Admin" + tag,
                "nora-" + tag + "-pw-long",
                "patient");
        GatewaySession tess = new GatewaySession(layout).signIn(DemoUser.TESS);
        HttpResponse<String> created = tess.send(
                "POST",
                "/api/v1/patients",
                "{\"subject\":\"" + noraSubject + "\",\"displayName\":\"" + patientName + "\",\"clinical\":"
                        + "{\"dateOfBirth\":\"1959-03-04\",\"conditions\":[\"SCIATICA\"],\"baselinePain\":7}}");
        assertEquals(201, created.statusCode(), () -> Http.describe(created));
        String nora = Http.json(created).path("id").asText();
        ok(tess.send(
                "PUT",
                "/api/v1/patients/" + nora + "/goals-and-contact",
                "{\"goals\":\"Climb the allotment hill\",\"contact\":{\"preferredChannel\":\"APP\"}}"));
        ok(tess.api("/api/v1/plans?patientId=" + nora));
        HttpResponse<String> visit = tess.send(
                "POST",
                "/api/v1/visits",
                "{\"patientId\":\"" + nora + "\",\"start\":\"" + Instant.now().plus(Duration.ofDays(2))
                        + "\",\"durationMinutes\":30,\"reason\":\"Review\"}");
        assertEquals(201, visit.statusCode(), () -> Http.describe(visit));

        List<String> seen = new ArrayList<>();
        try (Browser adam = Browser.open(layout, adamProfile)) {
            try {
                adam.signIn(DemoUser.ADAM);
                adam.script(RECORD_ANSWERS);

                // Staff: the real Keycloak accounts; invite, deactivate, reactivate.
                tab(adam, "Staff");
                adam.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("ul.staff"), "Tess Therapist"));
                new Select(adam.driver.findElement(By.name("role"))).selectByValue("THERAPIST");
                adam.driver.findElement(By.name("email")).sendKeys(invitedEmail);
                adam.driver.findElement(By.name("firstName")).sendKeys("Ivan");
                adam.driver.findElement(By.name("lastName")).sendKeys("Invited" + tag);
                adam.driver
                        .findElement(By.xpath("//button[normalize-space()='Send invitation']"))
                        .click();
                adam.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("form[aria-labelledby='invite-heading'] [role='status']"),
                        "Invitation sent to " + invitedEmail));
                SentMail.Message mail = SentMail.await(layout, invitedEmail, message -> true, MAIL_DEADLINE);
                assertTrue(mail.link("/login-actions/action-token").isPresent(), mail::text);
                adam.driver.findElement(By.name("query")).sendKeys(invitedEmail);
                adam.driver
                        .findElement(By.cssSelector("form[aria-label='Find staff'] button[type='submit']"))
                        .click();
                By invitedRow = By.xpath("//ul[@class='staff']/li[contains(., '" + invitedEmail + "')]");
                adam.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(invitedRow))
                        .findElement(By.xpath(".//button[normalize-space()='Deactivate " + invitedName + "']"))
                        .click();
                // The confirmation is rendered after the click, and the row may re-render meanwhile.
                new WebDriverWait(adam.driver, Duration.ofSeconds(30))
                        .ignoring(StaleElementReferenceException.class)
                        .ignoring(NoSuchElementException.class)
                        .until(driver -> driver.findElement(invitedRow)
                                .findElement(By.xpath(".//button[normalize-space()='Yes, deactivate']")))
                        .click();
                adam.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        invitedRow, invitedName + " is deactivated."));
                assertFalse(keycloak.user(subjectOf(adam, invitedRow))
                        .path("enabled")
                        .asBoolean());
                adam.driver
                        .findElement(invitedRow)
                        .findElement(By.xpath(".//button[normalize-space()='Reactivate " + invitedName + "']"))
                        .click();
                adam.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        invitedRow, invitedName + " can sign in again."));
                assertTrue(keycloak.user(subjectOf(adam, invitedRow))
                        .path("enabled")
                        .asBoolean());
                seen.add(adam.driver.getPageSource());

                // Patients: find, rename, discharge, reactivate.
                tab(adam, "Patients");
                WebElement query =
                        adam.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("patientQuery")));
                query.sendKeys(tag);
                adam.driver
                        .findElement(By.cssSelector("form[aria-label='Find patients'] button[type='submit']"))
                        .click();
                By row = By.cssSelector("li[data-patient-id='" + nora + "']");
                rowButton(adam, row, "Rename " + patientName).click();
                // The form appears on the next render, not within the click: wait for it.
                WebElement name = adam.wait.until(
                        ExpectedConditions.presenceOfNestedElementLocatedBy(row, By.name("displayName")));
                name.clear();
                name.sendKeys(renamed);
                rowButton(adam, row, "Save name").click();
                adam.wait.until(ExpectedConditions.textToBePresentInElementLocated(row, renamed));
                rowButton(adam, row, "Discharge " + renamed).click();
                adam.wait
                        .until(ExpectedConditions.presenceOfNestedElementLocatedBy(row, By.name("note")))
                        .sendKeys("Moved away.");
                rowButton(adam, row, "Confirm discharge").click();
                adam.wait.until(ExpectedConditions.attributeToBe(row, "data-status", "DISCHARGED"));
                seen.add(adam.driver.getPageSource());
                rowButton(adam, row, "Reactivate " + renamed).click();
                adam.wait.until(ExpectedConditions.attributeToBe(row, "data-status", "IN_CARE"));

                // Care team: from tess to thea, with a note.
                rowButton(adam, row, "Care team of " + renamed).click();
                By transfer = By.cssSelector("form[aria-label='Transfer " + renamed + " to another therapist']");
                WebElement form = adam.wait.until(ExpectedConditions.visibilityOfElementLocated(transfer));
                List<WebElement> selects = form.findElements(By.tagName("select"));
                new Select(selects.get(1)).selectByValue(thea);
                form.findElement(By.tagName("textarea")).sendKeys("Tess is on leave from Monday.");
                form.findElement(By.xpath(".//button[normalize-space()='Transfer']"))
                        .click();
                adam.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("section.care-team [role='status']"), "moved from"));
                seen.add(adam.driver.getPageSource());
                String theaToken = KeycloakTokens.accessToken(layout, "thea-" + tag, theaPassword);
                String tessToken = KeycloakTokens.accessToken(layout, DemoUser.TESS);
                assertTrue(caseload(layout, theaToken).contains(nora), "thea has the patient now");
                assertFalse(caseload(layout, tessToken).contains(nora), "tess no longer has the patient");

                // Audit: the patient's rows from the three services, by action too; the CSV of them.
                tab(adam, "Audit");
                adam.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.name("patientId")))
                        .sendKeys(nora);
                adam.driver
                        .findElement(By.xpath("//button[normalize-space()='Search']"))
                        .click();
                adam.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tbody tr")));
                loadEveryPage(adam);
                List<String> sources = new WebDriverWait(adam.driver, Duration.ofSeconds(30))
                        .ignoring(StaleElementReferenceException.class)
                        .until(driver -> driver.findElements(By.cssSelector("tbody tr")).stream()
                                .map(tr -> tr.getAttribute("data-source"))
                                .distinct()
                                .sorted()
                                .toList());
                assertEquals(List.of("patients", "plans", "visits"), sources);
                int shown = adam.driver.findElements(By.cssSelector("tbody tr")).size();
                adam.driver.executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                adam.driver
                        .findElement(By.xpath("//button[normalize-space()='Export " + shown + " rows as CSV']"))
                        .click();
                List<List<String>> csv = Csv.parse(awaitFile(adam, downloads.resolve("motus-audit.csv")));
                assertEquals(shown + 1, csv.size(), "a header and the rows shown");
                for (List<String> line : csv) {
                    assertEquals(csv.get(0).size(), line.size(), () -> "a line with its own columns: " + line);
                    for (String cell : line) {
                        assertFalse(cell.matches("^[=+\\-@\\t\\r].*"), () -> "a live formula: " + cell);
                    }
                }
                assertTrue(
                        csv.stream().anyMatch(line -> line.contains("TRANSFER_CARE")), "the transfer is in the export");

                WebElement action = adam.driver.findElement(By.name("action"));
                action.sendKeys("TRANSFER_CARE");
                adam.driver
                        .findElement(By.xpath("//button[normalize-space()='Search']"))
                        .click();
                // The table re-renders when the filtered page arrives: a row read then is stale, so look again.
                new WebDriverWait(adam.driver, Duration.ofSeconds(30))
                        .ignoring(StaleElementReferenceException.class)
                        .until(driver -> {
                            List<WebElement> rows = driver.findElements(By.cssSelector("tbody tr"));
                            return !rows.isEmpty()
                                    && rows.stream().allMatch(tr -> tr.getText().contains("TRANSFER_CARE"));
                        });
                seen.add(adam.driver.getPageSource());

                @SuppressWarnings("unchecked")
                List<String> answers = (List<String>) adam.script("return window.__motusAnswers;");
                assertTrue(answers.size() > 10, () -> "the screens' answers were recorded: " + answers);
                seen.addAll(answers);
                for (String text : seen) {
                    for (String clinical : CLINICAL) {
                        assertFalse(
                                text.contains(clinical),
                                () -> "adam received " + clinical + " of a patient he does not treat: " + text);
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(adam.describe(), e);
            }
        }
        // The check above can fail: the patient's treating therapist does receive those values.
        HttpResponse<String> record = Http.send(HttpRequest.newBuilder(
                        URI.create(layout.patientServiceUrl() + "/api/v1/patients/" + nora))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken(layout, "thea-" + tag, theaPassword))
                .GET());
        assertTrue(
                record.body().contains("1959-03-04") && record.body().contains("Climb the allotment hill"),
                () -> Http.describe(record));
        System.out.printf(
                "AdminScreensIT: staff, patients, care team and audit screens in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
    }

    private static void tab(Browser browser, String label) {
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//nav[@aria-label='Administration']//button[normalize-space()='" + label + "']")))
                .click();
    }

    private static WebElement rowButton(Browser browser, By row, String label) {
        // Found again on every poll: the row itself may not be rendered yet (a search just sent).
        return browser.wait.until(ExpectedConditions.elementToBeClickable(
                new ByChained(row, By.xpath(".//button[normalize-space()='" + label + "']"))));
    }

    private static String subjectOf(Browser browser, By row) {
        return browser.driver.findElement(row).getAttribute("data-subject");
    }

    private static void loadEveryPage(Browser browser) {
        for (int page = 0; page < 20; page++) {
            List<WebElement> more =
                    browser.driver.findElements(By.xpath("//button[normalize-space()='Load older rows']"));
            if (more.isEmpty()) {
                return;
            }
            int before = browser.driver.findElements(By.cssSelector("tbody tr")).size();
            more.get(0).click();
            browser.wait.until(
                    driver -> driver.findElements(By.cssSelector("tbody tr")).size() > before
                            || driver.findElements(By.xpath("//button[normalize-space()='Load older rows']"))
                                    .isEmpty());
        }
    }

    private static List<String> caseload(Layout layout, String token) {
        HttpResponse<String> answer =
                Http.send(HttpRequest.newBuilder(URI.create(layout.patientServiceUrl() + "/api/v1/caseload"))
                        .header("Authorization", "Bearer " + token)
                        .GET());
        assertEquals(200, answer.statusCode(), () -> Http.describe(answer));
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : Http.json(answer)) {
            ids.add(entry.path("patientId").asText());
        }
        return ids;
    }

    private static void ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), () -> Http.describe(answer));
    }

    /** Waits (the browser's deadline) until Chromium has written the download, then reads it. */
    private static String awaitFile(Browser browser, Path file) {
        browser.wait.until(driver -> Files.exists(file));
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; lines end in CRLF. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    line.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    line.add(cell.toString());
                    cell.setLength(0);
                    lines.add(line);
                    line = new ArrayList<>();
                    i++;
                } else {
                    assertFalse(c == '"' || c == '\n' || c == '\r', "an unquoted quote or line break at " + i);
                    cell.append(c);
                }
            }
            assertFalse(quoted, "an unclosed quote");
            if (!cell.isEmpty() || !line.isEmpty()) {
                line.add(cell.toString());
                lines.add(line);
            }
            return lines;
        }
    }
}
