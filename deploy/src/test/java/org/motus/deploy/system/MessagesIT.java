package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14 item 4: pat and tess write to each other in two browsers. tess's unread badge changes
 * while her page stays open (the poll, no reload), she reads and replies, and pat sees the reply
 * and the read receipt on his open Messages screen.
 */
@ExtendWith(RunningMotus.class)
class MessagesIT {

    /** The unread poll backs off to 60 s while nothing changes: wait for one slow poll and a bit. */
    private static final Duration POLL_DEADLINE = Duration.ofSeconds(75);

    private static final By THERAPIST_BADGE = By.cssSelector("nav[aria-label='Therapist'] [data-unread-badge]");

    @TempDir
    Path patProfile;

    @TempDir
    Path tessProfile;

    @Test
    void patWritesTessSeesTheCountChangeRepliesAndPatSeesItWithoutAReload(Layout layout) {
        String question = "My knee was sore after the step-ups " + UUID.randomUUID();
        String answer = "Some soreness is fine if it settles within two hours " + UUID.randomUUID();
        try (Browser pat = Browser.open(layout, patProfile);
                Browser tess = Browser.open(layout, tessProfile)) {
            try {
                tess.signIn(DemoUser.TESS);
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("a[href='/patients/" + PatientPages.PAT_RECORD + "']")));
                int before = badge(tess);

                pat.signIn(DemoUser.PAT);
                // The patient app is a lazy chunk: wait for its navigation, not just the header.
                pat.wait
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("nav a[href='/messages']")))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-text")));
                pat.driver.findElement(By.id("message-text")).sendKeys(question);
                pat.driver
                        .findElement(By.cssSelector("form.message-composer button[type='submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//p[@class='message__text' and text()='" + question + "']")));

                new WebDriverWait(tess.driver, POLL_DEADLINE).until(driver -> badge(tess) == before + 1);

                tess.driver
                        .findElement(By.cssSelector("a[href='/patients/" + PatientPages.PAT_RECORD + "']"))
                        .click();
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//p[@class='message__text' and text()='" + question + "']")));
                new WebDriverWait(tess.driver, POLL_DEADLINE).until(driver -> badge(tess) == before);
                tess.driver.findElement(By.id("message-text")).sendKeys(answer);
                tess.driver
                        .findElement(By.cssSelector("form.message-composer button[type='submit']"))
                        .click();

                WebElement reply = new WebDriverWait(pat.driver, POLL_DEADLINE)
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.xpath("//p[@class='message__text' and text()='" + answer + "']")));
                assertTrue(reply.isDisplayed());
                String receipt = pat.driver
                        .findElement(By.xpath("//li[.//p[text()='" + question + "']]//*[@data-read-receipt]"))
                        .getText();
                assertTrue(receipt.startsWith("Read by Tess Therapist at "), receipt);
                pat.assertAccessible("the Messages screen");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("pat: " + pat.describe() + "\ntess: " + tess.describe(), e);
            }
        }
    }

    /** The count on tess's Caseload link; no badge is none. */
    private static int badge(Browser browser) {
        return browser.driver.findElements(THERAPIST_BADGE).stream()
                .findFirst()
                .map(b -> Integer.parseInt(b.findElement(By.cssSelector("[aria-hidden='true']"))
                        .getText()
                        .strip()))
                .orElse(0);
    }
}
