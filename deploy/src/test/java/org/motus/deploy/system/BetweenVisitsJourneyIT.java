package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Assembly;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14's Must show, as pat and tess live it between two visits, in one story on the real
 * assembly (Keycloak, GreenMail, Chromium):
 *
 * <ol>
 *   <li>pat records a session in the browser;
 *   <li>patient-service's clock is moved past the session's end + 2 h (restarted with {@code
 *       MOTUS_CLOCK_OFFSET}, ADR 0033: no sleep): the follow-up reminder email reaches pat's contact
 *       address and the notice shows in his open app; the clock is then put back;
 *   <li>pat answers a red flag: tess's urgent alert email arrives within seconds;
 *   <li>pat and tess write to each other: each unread count changes in the other's open browser, and
 *       pat sees tess's read receipt (this replaces the former MessagesIT);
 *   <li>pat's app reloads with no network (service worker), a check-in made then is sent once when
 *       the network is back (stored once: checked through the API);
 *   <li>pat signs out: no patient data is left in the browser (storage, IndexedDB, Cache Storage).
 * </ol>
 *
 * <p>Each step prints how long it took; a failure prints both pages and the mail seen.
 */
@ExtendWith(RunningMotus.class)
class BetweenVisitsJourneyIT {

    /** Past the follow-up's due time (end + 2 h), well before its last call (end + 3 h 30). */
    static final Duration ADVANCE = Duration.ofMinutes(125);

    /** Demo pat's contact email (patient-service db/demo), where reminders go. */
    private static final String PAT_EMAIL = "pat@motus.example";
    /** tess's address in the demo realm (deploy/keycloak/motus-realm-demo.json). */
    private static final String TESS_EMAIL = "tess@motus.example";

    private static final String REMINDER_SUBJECT = "You have a reminder in Motus";
    private static final String URGENT_SUBJECT = "You have a new urgent alert in Motus";

    /** The outbox sends every 2 s; the reminder runner runs 1 s after a start. */
    private static final Duration MAIL_DEADLINE = Duration.ofSeconds(30);
    /** Counts are polled fast after a change, backing off to 60 s while nothing changes (ADR 0023). */
    private static final Duration POLL_DEADLINE = Duration.ofSeconds(75);

    private static final By PAT_MESSAGES_LINK = By.cssSelector("nav a[href='/messages']");
    private static final By PAT_BADGE = By.cssSelector("nav a[href='/messages'] [data-unread-badge]");
    private static final By TESS_BADGE = By.cssSelector("nav[aria-label='Therapist'] [data-unread-badge]");
    private static final By BELL = By.cssSelector("[data-notification-bell]");
    private static final By BELL_COUNT = By.cssSelector("[data-notification-bell] [data-notification-count]");

    private static final int RED_FLAG_PAIN = 6;
    private static final int OFFLINE_PAIN = 7;

    /** What the page can see of patient data: storage, IndexedDB, and API answers in Cache Storage. */
    private static final String DEVICE_DATA = """
            const done = arguments[arguments.length - 1];
            (async () => {
              const local = Object.keys(localStorage).filter((key) => key.startsWith('motus'));
              const session = Object.keys(sessionStorage).filter((key) => key.startsWith('motus'));
              const names = (await indexedDB.databases()).map((db) => db.name);
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
              const answers = [];
              for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) {
                  if (new URL(request.url).pathname.startsWith('/api/')) answers.push(name + ' ' + request.url);
                }
              }
              return 'databases=' + names.filter((n) => n.startsWith('motus')).join(',') + ' records=' + records
                  + ' localStorage=' + local.join(',') + ' sessionStorage=' + session.join(',')
                  + ' cachedAnswers=' + answers.join(',');
            })().then(done, (e) => done('error ' + e));
            """;

    @TempDir
    Path patProfile;

    @TempDir
    Path tessProfile;

    private final List<String> steps = new ArrayList<>();

    @Test
    void patIsRemindedTessIsAlertedTheyWriteAndPatsAppWorksOfflineAndForgetsHimAtSignOut(Assembly assembly) {
        Layout layout = assembly.layout();
        long journeyStart = System.nanoTime();
        Instant start = Instant.now().minusSeconds(5);
        String patToken = KeycloakTokens.accessToken(layout, DemoUser.PAT);
        JsonNode preferencesBefore = preferences(layout, patToken);
        try (Browser pat = Browser.open(layout, patProfile);
                Browser tess = Browser.open(layout, tessProfile)) {
            try {
                // Follow-up reminders by email too, and no quiet hours, whatever the time of the run.
                choose(layout, patToken, remindersByEmailAtAnyHour(preferencesBefore));

                // 1. pat records a session.
                long t = System.nanoTime();
                pat.signIn(DemoUser.PAT);
                PatientPages.awaitTodayWithItems(pat);
                pat.driver
                        .findElement(By.cssSelector("li[data-item-id] input[name='done']"))
                        .click();
                PatientPages.choosePain(pat, "pain-before", 2);
                PatientPages.choosePain(pat, "pain-during", 3);
                PatientPages.choosePain(pat, "pain-after", 2);
                PatientPages.answerRedFlags(pat, "session");
                pat.driver
                        .findElement(By.cssSelector("[data-action='save-session']"))
                        .click();
                pat.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("session-saved"), "Your session is saved"));
                List<JsonNode> sessions = PatientPages.patSessionsSince(layout, start);
                assertEquals(1, sessions.size(), sessions::toString);
                Instant ended = Instant.parse(sessions.get(0).path("endedAt").asText());
                step("pat recorded a session (ended " + ended + ")", t);

                // 2. Two hours pass for patient-service: the follow-up reminder goes out.
                t = System.nanoTime();
                long remindersBefore = mailsTo(layout, PAT_EMAIL, REMINDER_SUBJECT);
                int bellBefore = count(pat, BELL_COUNT);
                try {
                    assembly.stopPart("patient-service");
                    assembly.restart("patient-service", Map.of("MOTUS_CLOCK_OFFSET", ADVANCE.toString()));
                    step("patient-service restarted " + ADVANCE.toMinutes() + " min ahead", t);

                    t = System.nanoTime();
                    awaitMail(layout, PAT_EMAIL, REMINDER_SUBJECT, remindersBefore + 1);
                    step("follow-up reminder email reached " + PAT_EMAIL, t);
                    JsonNode notices = Http.json(Http.get(
                            layout.patientServiceUrl() + "/api/v1/notifications",
                            KeycloakTokens.accessToken(layout, DemoUser.PAT)));
                    assertTrue(
                            notices.toString().contains("FOLLOW_UP_REMINDER"),
                            () -> "pat's notices hold no follow-up reminder: " + notices);

                    t = System.nanoTime();
                    poll(pat, POLL_DEADLINE).until(driver -> count(pat, BELL_COUNT) > bellBefore);
                    pat.driver.findElement(BELL).click();
                    pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                            By.xpath("//li[@data-notification]//a[contains(., '" + REMINDER_SUBJECT + "')]")));
                    pat.driver.findElement(BELL).click();
                    step("the reminder rang pat's bell without a reload", t);
                } finally {
                    t = System.nanoTime();
                    assembly.stopPart("patient-service");
                    assembly.restart("patient-service");
                    step("patient-service back on the real clock", t);
                }

                // 3. tess is at work (her address is known from her sign-in); pat answers a red
                // flag: tess is emailed at once.
                t = System.nanoTime();
                tess.signIn(DemoUser.TESS);
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("a[href='/patients/" + PatientPages.PAT_RECORD + "']")));
                step("tess signed in to her caseload", t);
                t = System.nanoTime();
                long urgentBefore = mailsTo(layout, TESS_EMAIL, URGENT_SUBJECT);
                PatientPages.choosePain(pat, "daily-pain", RED_FLAG_PAIN);
                PatientPages.answerRedFlags(pat, "daily", "CHEST_SYMPTOMS");
                pat.driver
                        .findElement(By.cssSelector("[data-testid='daily-check-in-submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid='emergency-alert'][data-source='server']")));
                step("pat answered a red flag and saw the emergency advice", t);
                t = System.nanoTime();
                awaitMail(layout, TESS_EMAIL, URGENT_SUBJECT, urgentBefore + 1);
                step("tess's urgent alert email arrived", t);

                // 4. Messages, each unread count changing in the other's open browser.
                t = System.nanoTime();
                String question = "Is this ache after the step-ups normal? " + UUID.randomUUID();
                String answer = "Some soreness is fine if it settles within two hours " + UUID.randomUUID();
                int tessBefore = badge(tess, TESS_BADGE);
                pat.wait
                        .until(ExpectedConditions.elementToBeClickable(PAT_MESSAGES_LINK))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-text")));
                pat.driver.findElement(By.id("message-text")).sendKeys(question);
                pat.driver
                        .findElement(By.cssSelector("form.message-composer button[type='submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//p[@class='message__text' and text()='" + question + "']")));
                pat.driver.findElement(By.cssSelector("nav a[href='/']")).click();
                pat.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("message-text")));
                poll(tess, POLL_DEADLINE).until(driver -> badge(tess, TESS_BADGE) == tessBefore + 1);
                step("tess's unread count rose without a reload", t);

                t = System.nanoTime();
                tess.driver
                        .findElement(By.cssSelector("a[href='/patients/" + PatientPages.PAT_RECORD + "']"))
                        .click();
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//p[@class='message__text' and text()='" + question + "']")));
                poll(tess, POLL_DEADLINE).until(driver -> badge(tess, TESS_BADGE) == tessBefore);
                tess.driver.findElement(By.id("message-text")).sendKeys(answer);
                tess.driver
                        .findElement(By.cssSelector("form.message-composer button[type='submit']"))
                        .click();
                poll(pat, POLL_DEADLINE).until(driver -> badge(pat, PAT_BADGE) == 1);
                step("pat's unread count rose on Today without a reload", t);
                pat.driver.findElement(PAT_MESSAGES_LINK).click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//p[@class='message__text' and text()='" + answer + "']")));
                String receipt = pat.driver
                        .findElement(By.xpath("//li[.//p[text()='" + question + "']]//*[@data-read-receipt]"))
                        .getText();
                assertTrue(receipt.startsWith("Read by Tess Therapist at "), receipt);
                poll(pat, POLL_DEADLINE).until(driver -> badge(pat, PAT_BADGE) == 0);
                pat.assertAccessible("the Messages screen");

                // 5. Offline: the app reloads from its service worker; a check-in waits, then goes once.
                t = System.nanoTime();
                pat.driver.findElement(By.cssSelector("nav a[href='/']")).click();
                PatientPages.awaitTodayWithItems(pat);
                poll(pat, Duration.ofSeconds(60))
                        .until(d ->
                                Boolean.TRUE.equals(pat.script("return navigator.serviceWorker.controller !== null")));
                Instant offlineFrom = Instant.now().minusSeconds(5);
                ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
                offline.setOffline(true);
                pat.driver.setNetworkConditions(offline);
                pat.driver.navigate().refresh();
                PatientPages.awaitTodayWithItems(pat);
                PatientPages.choosePain(pat, "daily-pain", OFFLINE_PAIN);
                PatientPages.answerRedFlags(pat, "daily");
                pat.driver
                        .findElement(By.cssSelector("#daily-check-in button[type='submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#waiting li[data-state='waiting']")));
                assertEquals(List.of(), offlinePains(layout, offlineFrom), "nothing reaches Motus while offline");
                step("the app reloaded offline and kept a check-in waiting", t);
                t = System.nanoTime();
                pat.driver.deleteNetworkConditions();
                poll(pat, Duration.ofSeconds(90))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("waiting")));
                assertEquals(List.of(OFFLINE_PAIN), offlinePains(layout, offlineFrom), "stored exactly once");
                step("back online, the check-in was sent once", t);

                // 6. Sign-out leaves nothing of pat's in the browser.
                t = System.nanoTime();
                String signedIn = deviceData(pat);
                assertTrue(signedIn.contains("records=1"), () -> "kept for an offline start: " + signedIn);
                assertTrue(
                        signedIn.contains("cachedAnswers=motus-patient-api "),
                        () -> "API answers cached for an offline start: " + signedIn);
                pat.driver.findElement(By.id("sign-out")).click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
                assertEquals(
                        "databases= records=0 localStorage= sessionStorage= cachedAnswers=",
                        deviceData(pat),
                        () -> "patient data left after sign-out (signed in: " + signedIn + ")");
                step("sign-out left no patient data in the browser", t);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(
                        "steps done: " + steps + "\npat's mail: " + subjects(layout, PAT_EMAIL) + "\ntess's mail: "
                                + subjects(layout, TESS_EMAIL) + "\npat: " + pat.describe() + "\ntess: "
                                + tess.describe(),
                        e);
            }
        } finally {
            choose(layout, KeycloakTokens.accessToken(layout, DemoUser.PAT), preferencesBefore);
            acknowledgeFlagsRaisedSince(layout, start);
        }
        System.out.printf(
                Locale.ROOT,
                "[system-test] BetweenVisitsJourneyIT: the whole journey took %.1f s%n",
                (System.nanoTime() - journeyStart) / 1e9);
    }

    private void step(String what, long startedAt) {
        String line = String.format(Locale.ROOT, "%s in %.1f s", what, (System.nanoTime() - startedAt) / 1e9);
        steps.add(line);
        System.out.println("[system-test] BetweenVisitsJourneyIT: " + line);
    }

    // ----- pat's contact preferences, through the API

    private static JsonNode preferences(Layout layout, String token) {
        HttpResponse<String> response = Http.get(preferencesUrl(layout), token);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        return Http.json(response);
    }

    private static JsonNode remindersByEmailAtAnyHour(JsonNode current) {
        ObjectNode chosen = current.deepCopy();
        ObjectNode followUp = Http.JSON.createObjectNode();
        followUp.put("inApp", true).put("email", true).put("webPush", false);
        chosen.set("followUpReminders", followUp);
        chosen.putNull("quietHours");
        return chosen;
    }

    private static void choose(Layout layout, String token, JsonNode chosen) {
        ObjectNode body = ((ObjectNode) chosen).deepCopy();
        body.remove("updatedAt");
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(preferencesUrl(layout)))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
    }

    private static String preferencesUrl(Layout layout) {
        return layout.patientServiceUrl() + "/api/v1/patients/" + PatientPages.PAT_RECORD + "/contact-preferences";
    }

    /** The red flag raised here is acknowledged by tess, so later tests see pat's record as the demo leaves it. */
    private static void acknowledgeFlagsRaisedSince(Layout layout, Instant start) {
        String token = KeycloakTokens.accessToken(layout, DemoUser.TESS);
        String flags = layout.patientServiceUrl() + "/api/v1/patients/" + PatientPages.PAT_RECORD + "/flags";
        HttpResponse<String> open = Http.get(flags + "?status=OPEN", token);
        assertEquals(200, open.statusCode(), () -> Http.describe(open));
        for (JsonNode flag : Http.json(open)) {
            if (Instant.parse(flag.path("raisedAt").asText()).isAfter(start)) {
                HttpResponse<String> done =
                        Http.postJson(flags + "/" + flag.path("id").asText() + "/acknowledgement", token, null);
                assertEquals(200, done.statusCode(), () -> Http.describe(done));
            }
        }
    }

    // ----- what arrived

    private static List<Integer> offlinePains(Layout layout, Instant from) {
        return PatientPages.patCheckInsSince(layout, from).stream()
                .filter(c -> c.path("kind").asText().equals("DAILY"))
                .map(c -> c.path("pain").asInt())
                .filter(p -> p == OFFLINE_PAIN)
                .toList();
    }

    private static long mailsTo(Layout layout, String email, String subject) {
        return SentMail.to(layout, email).stream()
                .filter(m -> m.subject().equals(subject))
                .count();
    }

    private static List<String> subjects(Layout layout, String email) {
        try {
            return SentMail.to(layout, email).stream()
                    .map(SentMail.Message::subject)
                    .toList();
        } catch (RuntimeException | AssertionError e) {
            return List.of("(GreenMail not readable: " + e.getMessage() + ")");
        }
    }

    /** Polls GreenMail until {@code email} holds {@code atLeast} messages titled {@code subject}. */
    private static void awaitMail(Layout layout, String email, String subject, long atLeast) {
        long deadline = System.nanoTime() + MAIL_DEADLINE.toNanos();
        Supplier<String> seen = () -> email + " has " + subjects(layout, email);
        while (mailsTo(layout, email, subject) < atLeast) {
            assertTrue(
                    System.nanoTime() < deadline,
                    () -> "no '" + subject + "' within " + MAIL_DEADLINE + "; " + seen.get());
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250); // a poll interval of GreenMail's API, not a wait for something to happen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    // ----- what the pages show

    /**
     * A wait that reads the page again when React-like re-rendering replaced what it was reading
     * (a badge re-rendered between finding it and reading its text is stale, not wrong).
     */
    private static WebDriverWait poll(Browser browser, Duration deadline) {
        WebDriverWait wait = new WebDriverWait(browser.driver, deadline);
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(NumberFormatException.class);
        return wait;
    }

    /** An unread badge's count; no badge is none. */
    private static int badge(Browser browser, By where) {
        return browser.driver.findElements(where).stream()
                .findFirst()
                .map(b -> Integer.parseInt(b.findElement(By.cssSelector("[aria-hidden='true']"))
                        .getText()
                        .strip()))
                .orElse(0);
    }

    /** The bell's count; no count shown is none. */
    private static int count(Browser browser, By where) {
        return browser.driver.findElements(where).stream()
                .findFirst()
                .map(b -> Integer.parseInt(b.getText().strip()))
                .orElse(0);
    }

    private static String deviceData(Browser browser) {
        return String.valueOf(browser.asyncScript(DEVICE_DATA));
    }
}
