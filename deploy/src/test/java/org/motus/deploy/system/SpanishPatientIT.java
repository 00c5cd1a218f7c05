package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 19 item 6: pat chooses Español in the top bar of a real Chromium. Today (the library's
 * exercise names and steps too), the dosage, a daily check-in and its confirmation are in Spanish,
 * and stay so after a reload (the choice is stored on the server); the programme he prints, and the
 * one tess prints for him without naming a language, are in Spanish (ADR 0048), and so is a problem
 * the gateway relays; the email Motus then sends him when tess writes is in Spanish too.
 * pat's language and contact preferences are put back afterwards: the demo data is shared.
 */
@ExtendWith(RunningMotus.class)
class SpanishPatientIT {

    private static final String PAT_EMAIL = "pat@motus.example";
    private static final int PAIN = 4;

    @TempDir
    Path patProfile;

    @Test
    void patChoosesSpanishAndSeesTodayACheckInAndAnEmailInSpanish(Layout layout) {
        Instant start = Instant.now().minusSeconds(5);
        String patToken = KeycloakTokens.accessToken(layout, DemoUser.PAT);
        JsonNode preferencesBefore = get(layout, preferencesUrl(), patToken);
        String planId = null;
        try (Browser pat = Browser.open(layout, patProfile)) {
            try {
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                assertEquals("Today", heading(pat));

                new Select(pat.driver.findElement(By.id("language-choice"))).selectByValue("es");
                pat.wait.until(ExpectedConditions.textToBe(By.id("today-heading"), "Hoy"));
                PatientPages.awaitTodayWithItems(pat);
                assertSpanishToday(pat);

                PatientPages.choosePain(pat, "daily-pain", PAIN);
                PatientPages.answerRedFlags(pat, "daily");
                pat.driver
                        .findElement(By.cssSelector("#daily-check-in button[type='submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.textToBe(
                        By.id("check-in-saved"), "Gracias. Su dolor de hoy, " + PAIN + " de 10, está guardado."));
                pat.assertAccessible("Today in Spanish");

                // The printed programme: Today's link asks for the screen's language (ADR 0048).
                String handout =
                        pat.driver.findElement(By.id("print-programme")).getAttribute("href");
                assertTrue(handout.endsWith("/handout.pdf?language=es"), handout);
                planId = handout.replaceFirst(".*/api/v1/plans/([^/]+)/handout\\.pdf.*", "$1");
                Fetched own = fetchInPage(pat, handout, "es");
                assertEquals(200, own.status(), own::text);
                assertEquals("es", own.contentLanguage());
                assertSpanishHandout(own.text(), "the patient's own print");
                // A failure is said in the screen's language too, through the gateway.
                Fetched missing = fetchInPage(pat, "/api/v1/patients/" + UUID.randomUUID(), "es");
                assertEquals(404, missing.status(), missing::text);
                assertEquals("es", missing.contentLanguage());
                assertTrue(missing.text().contains("\"title\":\"No encontrado\""), missing::text);

                // The choice is pat's, on the server: a reload (and any other browser) opens in Spanish.
                assertEquals(
                        "es",
                        get(layout, languageUrl(), patToken).path("language").asText());
                pat.driver.navigate().refresh();
                pat.wait.until(ExpectedConditions.textToBe(By.id("today-heading"), "Hoy"));
                assertSpanishToday(pat);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(pat.describe(), e);
            }

            // tess prints pat's programme without naming a language: pat chose Spanish, so Spanish.
            HttpResponse<byte[]> printed = Http.getBytes(
                    layout.therapistServiceUrl() + "/api/v1/plans/" + planId + "/handout.pdf",
                    KeycloakTokens.accessToken(layout, DemoUser.TESS));
            assertEquals(200, printed.statusCode());
            assertEquals("es", printed.headers().firstValue("Content-Language").orElse(""));
            assertSpanishHandout(pdfText(printed.body()), "tess's print for pat");

            List<JsonNode> daily = PatientPages.patCheckInsSince(layout, start).stream()
                    .filter(c -> c.path("kind").asText().equals("DAILY"))
                    .toList();
            assertEquals(1, daily.size(), () -> "one daily check-in: " + daily);
            assertEquals(PAIN, daily.get(0).path("pain").asInt());

            // Message notices by email, at any hour; then tess writes to him.
            ObjectNode byEmail = preferencesBefore.deepCopy();
            byEmail.set(
                    "messageNotices",
                    Http.JSON
                            .createObjectNode()
                            .put("inApp", true)
                            .put("email", true)
                            .put("webPush", false));
            byEmail.putNull("quietHours");
            put(layout, preferencesUrl(), patToken, byEmail);
            long before = SentMail.to(layout, PAT_EMAIL).size();
            String tessToken = KeycloakTokens.accessToken(layout, DemoUser.TESS);
            HttpResponse<String> sent = Http.postJson(
                    layout.patientServiceUrl() + "/api/v1/patients/" + PatientPages.PAT_RECORD + "/messages",
                    tessToken,
                    "{\"text\":\"¿Qué tal las sentadillas?\"}");
            assertEquals(201, sent.statusCode(), () -> Http.describe(sent));
            SentMail.Message email = SentMail.await(
                    layout,
                    PAT_EMAIL,
                    m -> m.subject().equals("Tiene un mensaje nuevo en Motus"),
                    Duration.ofSeconds(30));
            assertTrue(email.text().contains("Abra Motus para verlo"), email::text);
            assertTrue(email.text().contains("/messages"), email::text);
            assertTrue(SentMail.to(layout, PAT_EMAIL).size() > before);
        } finally {
            ObjectNode none = Http.JSON.createObjectNode().putNull("language");
            put(layout, languageUrl(), patToken, none);
            ObjectNode restored = preferencesBefore.deepCopy();
            restored.remove("updatedAt");
            put(layout, preferencesUrl(), patToken, restored);
        }
    }

    /** The demo plan's handout, in Spanish: the frame, the dosage words and the library's texts. */
    private static void assertSpanishHandout(String text, String which) {
        for (String expected : List.of(
                "Dolor durante el ejercicio: hasta",
                "En una emergencia llame al",
                "Qué hacer:",
                "Estiramiento de isquiotibiales",
                "Mantener 30 segundos, 2 veces",
                "Motus - página 1")) {
            assertTrue(text.contains(expected), () -> which + " lacks '" + expected + "':\n" + text);
        }
        assertTrue(!text.contains("What to do:") && !text.contains("Hamstring stretch"), () -> which + ":\n" + text);
    }

    private record Fetched(int status, String contentLanguage, String text) {}

    /** GETs a same-origin path with the browser's session, as the page would, asking for a language. */
    private static Fetched fetchInPage(Browser browser, String url, String language) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { headers: { 'Accept-Language': arguments[1] }, credentials: 'same-origin' })
                  .then(async (r) => {
                    const type = r.headers.get('content-type') || '';
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let binary = '';
                    for (const b of bytes) binary += String.fromCharCode(b);
                    done([r.status, r.headers.get('content-language') || '', type, btoa(binary)]);
                  })
                  .catch((e) => done([0, '', '', btoa(String(e))]));
                """, url, language);
        byte[] body = Base64.getDecoder().decode((String) answer.get(3));
        String type = (String) answer.get(2);
        String text = type.startsWith("application/pdf") ? pdfText(body) : new String(body, StandardCharsets.UTF_8);
        return new Fetched(((Number) answer.get(0)).intValue(), (String) answer.get(1), text);
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError("not a PDF: " + e.getMessage(), e);
        }
    }

    private static void assertSpanishToday(Browser pat) {
        assertEquals(
                "es",
                pat.driver.findElement(By.tagName("html")).getAttribute("lang").substring(0, 2));
        assertEquals(
                "Progreso",
                pat.driver
                        .findElement(By.cssSelector("nav a[href='/progress']"))
                        .getText());
        assertEquals(
                "Motus no es para emergencias. En una emergencia, llame al número de emergencias local.",
                pat.driver.findElement(By.id("not-for-emergencies")).getText());
        assertEquals(
                "¿Cómo está su dolor hoy?",
                pat.driver.findElement(By.id("daily-check-in-heading")).getText());
        // The demo plan's hamstring stretch: the library's name and steps, its dosage line and "done" box.
        WebElement stretch = pat.driver.findElement(
                By.xpath("//li[@data-item-id][.//h3[normalize-space()='Estiramiento de isquiotibiales']]"));
        String dosage =
                stretch.findElement(By.cssSelector("[data-field='dosage']")).getText();
        assertTrue(dosage.startsWith("Mantener 30 segundos, 2 veces"), dosage);
        assertTrue(
                stretch.getText().contains("Túmbese boca arriba y pase una toalla alrededor de un pie."),
                stretch::getText);
        assertTrue(stretch.getText().contains("Lo hice hoy"), stretch::getText);
    }

    private static String heading(Browser browser) {
        return browser.driver.findElement(By.id("today-heading")).getText();
    }

    private static String preferencesUrl() {
        return "/api/v1/patients/" + PatientPages.PAT_RECORD + "/contact-preferences";
    }

    private static String languageUrl() {
        return "/api/v1/preferences/language";
    }

    private static JsonNode get(Layout layout, String path, String token) {
        HttpResponse<String> response = Http.get(layout.patientServiceUrl() + path, token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        return Http.json(response);
    }

    private static void put(Layout layout, String path, String token, JsonNode body) {
        ObjectNode json = ((ObjectNode) body).deepCopy();
        json.remove("updatedAt");
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(layout.patientServiceUrl() + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
    }
}
