package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue 19 item 3 in Chromium: the demo library's clinic exercise (by tess) plays its
 * demonstration video, which the build made with ffmpeg, and seeks in it (the media answers
 * Range requests with 206); tess adds a clinic exercise from the screen and uploads a video for
 * it; axe finds no serious or critical problem on the library at laptop and phone width.
 */
@ExtendWith(RunningMotus.class)
class ClinicLibraryIT {

    private static final String DEMO = "[data-slug='clinic-bridge-with-hold']";

    @TempDir
    Path laptopProfile;

    @TempDir
    Path phoneProfile;

    @Test
    void aClinicVideoPlaysAndSeeksAndATherapistAddsAnExerciseWithItsOwnVideo(Layout layout) throws Exception {
        Path video = Path.of(System.getProperty("motus.repository", ".."))
                .toAbsolutePath()
                .normalize()
                .resolve("therapist-service/target/classes/demo/bridge-demonstration.webm");
        assertTrue(Files.isRegularFile(video), "the build made the demo video with ffmpeg: " + video);
        try (Browser tess = Browser.open(layout, laptopProfile)) {
            try {
                tess.signIn(DemoUser.TESS);
                tess.go("/exercises");
                WebElement demo = tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(DEMO)));
                assertEquals(
                        "Tess Therapist",
                        demo.findElement(By.cssSelector(".exercise-made-by")).getText());
                playsAndSeeks(tess, DEMO + " video");
                @SuppressWarnings("unchecked")
                Map<String, Object> range = (Map<String, Object>) tess.asyncScript("""
                        const done = arguments[arguments.length - 1];
                        const src = document.querySelector(arguments[0]).getAttribute('src').split('#')[0];
                        fetch(src, { headers: { Range: 'bytes=100-199' }, credentials: 'same-origin' })
                          .then(async r => done({ status: r.status, range: r.headers.get('Content-Range'),
                                                   length: (await r.arrayBuffer()).byteLength }))
                          .catch(e => done({ status: 0, range: String(e) }));
                        """, DEMO + " video");
                assertEquals(206L, ((Number) range.get("status")).longValue(), range::toString);
                assertEquals(100L, ((Number) range.get("length")).longValue(), range::toString);
                assertTrue(String.valueOf(range.get("range")).startsWith("bytes 100-199/"), range::toString);
                tess.assertAccessible("the library with a clinic video (laptop)");

                String name = "Wall sit " + System.currentTimeMillis() % 100_000;
                tess.driver.findElement(By.id("add-clinic-exercise")).click();
                tess.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("new-exercise-name")))
                        .sendKeys(name);
                tess.wait
                        .until(ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#new-exercise input[type='checkbox'][value='knee']")))
                        .click();
                tess.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#new-exercise-illustration option[value='bridge']")));
                new org.openqa.selenium.support.ui.Select(tess.driver.findElement(By.id("new-exercise-illustration")))
                        .selectByValue("bridge");
                tess.driver
                        .findElement(By.id("new-exercise-instructions"))
                        .sendKeys(
                                "Lean your back on a wall.\nSlide down until your knees bend a little.\nHold, then slide up.");
                tess.assertAccessible("the clinic exercise form (laptop)");
                tess.driver
                        .findElement(By.cssSelector("#new-exercise button[type='submit']"))
                        .click();
                String added = "[data-slug='" + name.toLowerCase().replace(' ', '-') + "']";
                WebElement item = tess.wait
                        .withMessage(() -> "the new exercise; the form says: "
                                + tess.driver.findElements(By.cssSelector("#new-exercise [role='alert']")).stream()
                                        .map(WebElement::getText)
                                        .toList())
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(added)));
                assertEquals(
                        "Tess Therapist",
                        item.findElement(By.cssSelector(".exercise-made-by")).getText());
                item.findElement(By.cssSelector("input[type='file']")).sendKeys(video.toString());
                item.findElement(By.xpath(".//button[normalize-space()='Upload']"))
                        .click();
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(added + " video")));
                playsAndSeeks(tess, added + " video");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(tess.describe(), e);
            }
        }
        try (Browser phone = Browser.open(layout, phoneProfile, List.of("--window-size=390,844"))) {
            phone.signIn(DemoUser.TESS);
            phone.go("/exercises");
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(DEMO + " video")));
            phone.assertAccessible("the library with a clinic video (phone)");
            Object overflow =
                    phone.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling at 390 px");
        }
    }

    /** Starts the video muted, waits for it to play, then seeks to 4.5 s and waits until the frame there is shown. */
    private static void playsAndSeeks(Browser browser, String selector) {
        @SuppressWarnings("unchecked")
        Map<String, Object> played = (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const video = document.querySelector(arguments[0]);
                video.muted = true;
                const fail = why => done({ ok: false, why, state: video.readyState, error: video.error && video.error.code });
                const timer = setTimeout(() => fail('timed out'), 20000);
                video.play().then(() => {
                  const poll = setInterval(() => {
                    if (video.currentTime < 0.5) return;
                    clearInterval(poll);
                    video.pause();
                    video.addEventListener('seeked', () => {
                      clearTimeout(timer);
                      done({ ok: true, duration: video.duration, at: video.currentTime, state: video.readyState });
                    }, { once: true });
                    video.currentTime = 4.5;
                  }, 50);
                }, e => fail(String(e)));
                """, selector);
        assertEquals(Boolean.TRUE, played.get("ok"), () -> "the video did not play and seek: " + played);
        assertTrue(((Number) played.get("duration")).doubleValue() > 5.5, played::toString);
        assertTrue(Math.abs(((Number) played.get("at")).doubleValue() - 4.5) < 0.3, played::toString);
        assertTrue(((Number) played.get("state")).intValue() >= 2, played::toString);
    }
}
