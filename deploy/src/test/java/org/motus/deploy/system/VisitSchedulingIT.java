package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 19 item 4 in two real browsers: tess opens weekly hours on her Visits screen (laptop),
 * pat asks for one of the free times on his phone, tess confirms it, pat moves it with a reason,
 * tess sees why and confirms the new time, then cancels it with a reason pat reads. axe-core finds
 * no serious or critical problem on either Visits screen at laptop and phone width.
 */
@ExtendWith(RunningMotus.class)
class VisitSchedulingIT {

    private static final List<String> PHONE = List.of("--window-size=390,844");

    @TempDir
    Path tessProfile;

    @TempDir
    Path patProfile;

    @TempDir
    Path spareProfile;

    @Test
    void aVisitIsAskedForConfirmedMovedAndCancelledWithReasons(Layout layout) {
        try (Browser tess = Browser.open(layout, tessProfile);
                Browser pat = Browser.open(layout, patProfile, PHONE)) {
            try {
                tess.signIn(DemoUser.TESS);
                tess.go("/visits");
                // Three mornings a week: Monday, then each "Add hours" takes the next day.
                WebElement hours =
                        tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("weekly-hours")));
                int before = hours.findElements(By.cssSelector(".hours-row")).size();
                for (int i = 0; i < 3; i++) {
                    tess.driver.findElement(By.id("add-hours")).click();
                }
                assertEquals(
                        before + 3,
                        hours.findElements(By.cssSelector(".hours-row")).size());
                tess.driver.findElement(By.id("save-hours")).click();
                tess.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#weekly-hours [role='status']"), "Hours saved."));
                tess.assertAccessible("the therapist's Visits with weekly hours (laptop)");

                pat.signIn(DemoUser.PAT);
                pat.go("/visits");
                pat.wait
                        .until(ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#request-visit input[type='radio']")))
                        .click();
                pat.driver.findElement(By.id("request-reason")).sendKeys("My knee is worse after the squats");
                pat.assertAccessible("the patient's Visits with free times (phone)");
                noSidewaysScrolling(pat);
                pat.driver
                        .findElement(By.cssSelector("#request-visit button[type='submit']"))
                        .click();
                WebElement asked = pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#upcoming-visits li[data-status='REQUESTED']")));
                String visit = asked.getAttribute("data-visit-id");
                assertTrue(asked.getText().contains("waiting for your therapist to confirm"), asked.getText());

                tess.go("/visits");
                String request = "#requested-visits [data-visit-id='" + visit + "']";
                WebElement pending =
                        tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(request)));
                assertTrue(pending.getText().contains("My knee is worse after the squats"), pending.getText());
                pending.findElement(By.cssSelector("button[data-action='confirm']"))
                        .click();
                tess.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#upcoming-visits [data-visit-id='" + visit + "'] [data-field='status']"),
                        "Scheduled"));

                // pat moves it to another free time, saying why: it goes back to tess.
                pat.go("/visits");
                String card = "#upcoming-visits [data-visit-id='" + visit + "']";
                pat.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(card), "data-status", "SCHEDULED"));
                pat.driver
                        .findElement(By.cssSelector(card + " button[data-action='move']"))
                        .click();
                pat.wait
                        .until(ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#move-" + visit + " input[type='radio']")))
                        .click();
                pat.driver.findElement(By.id("move-" + visit + "-reason")).sendKeys("I have a school meeting then");
                pat.assertAccessible("the patient moving a visit (phone)");
                pat.driver
                        .findElement(By.cssSelector("#move-" + visit + " button[type='submit']"))
                        .click();
                pat.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(card), "data-status", "REQUESTED"));

                tess.go("/visits");
                WebElement moved =
                        tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(request)));
                assertTrue(moved.getText().contains("moved: I have a school meeting then"), moved.getText());
                moved.findElement(By.cssSelector("button[data-action='confirm']"))
                        .click();
                String booked = "#upcoming-visits [data-visit-id='" + visit + "']";
                tess.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(booked)));

                tess.driver
                        .findElement(By.cssSelector(booked + " button[data-action='cancel']"))
                        .click();
                tess.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel-" + visit + "-reason")))
                        .sendKeys("The clinic is closed that morning");
                tess.assertAccessible("the therapist cancelling a visit (laptop)");
                tess.driver
                        .findElement(By.cssSelector("#cancel-" + visit + " button[type='submit']"))
                        .click();
                tess.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(booked)));

                pat.go("/visits");
                WebElement cancelled = pat.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#past-visits [data-visit-id='" + visit + "'] [data-field='cancel-reason']")));
                assertEquals("Tess Therapist cancelled it: The clinic is closed that morning", cancelled.getText());
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(
                        "tess: " + tess.describe() + System.lineSeparator() + "pat: " + pat.describe(), e);
            }
        }
        // The same screens at the other width each.
        try (Browser tessPhone = Browser.open(layout, spareProfile, PHONE)) {
            tessPhone.signIn(DemoUser.TESS);
            tessPhone.go("/visits");
            tessPhone.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#weekly-hours .hours-row")));
            tessPhone.assertAccessible("the therapist's Visits with weekly hours (phone)");
            noSidewaysScrolling(tessPhone);
        }
    }

    private static void noSidewaysScrolling(Browser browser) {
        Object overflow =
                browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling at 390 px");
    }
}
