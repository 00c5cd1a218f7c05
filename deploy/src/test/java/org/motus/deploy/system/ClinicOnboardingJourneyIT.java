package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.Totp;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The clinic runs itself from its screens (issue 13): admin adam invites a therapist from the admin
 * screen; the therapist follows the emailed link, sets a password, sets up an authenticator and signs
 * in; she adds a patient from her caseload; the patient follows his link, sets a password, passes the
 * first sign-in and sees Today; the therapist has him on her caseload. Real Keycloak, GreenMail and
 * Chromium, nobody made through Keycloak's Admin API by the test.
 */
@ExtendWith(RunningMotus.class)
class ClinicOnboardingJourneyIT {

    private static final Duration MAIL_DEADLINE = Duration.ofSeconds(30);

    /** Per browser: the authenticator set up in it, and the code its set-up used. */
    private static final Map<Browser, Totp> secrets = new HashMap<>();

    private static final Map<Browser, String> authenticators = new HashMap<>();

    @TempDir
    Path adamProfile;

    @TempDir
    Path theoProfile;

    @TempDir
    Path ninaProfile;

    @Test
    void anAdminInvitesATherapistWhoAddsAPatientAndBothSetUpTheirAccountsFromTheEmails(Layout layout) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String theoEmail = "theo." + tag + "@motus.example";
        String ninaEmail = "nina." + tag + "@motus.example";

        try (Browser adam = Browser.open(layout, adamProfile)) {
            try {
                adam.signIn(DemoUser.ADAM);
                adam.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-heading")));
                new Select(adam.driver.findElement(By.name("role"))).selectByValue("THERAPIST");
                adam.driver.findElement(By.name("email")).sendKeys(theoEmail);
                adam.driver.findElement(By.name("firstName")).sendKeys("Theo");
                adam.driver.findElement(By.name("lastName")).sendKeys("Tran");
                adam.driver
                        .findElement(By.xpath("//button[normalize-space()='Send invitation']"))
                        .click();
                adam.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("form[aria-labelledby='invite-heading'] [role='status']"),
                        "Invitation sent to " + theoEmail));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(adam.describe(), e);
            }
        }

        String theoLink = invitationLink(layout, theoEmail);
        try (Browser theo = Browser.open(layout, theoProfile)) {
            try {
                // Staff must set up an authenticator; its codes come from Totp.
                String setUpCode = followTheLink(theo, layout, theoLink, "theo-invited-password");
                assertNotNull(setUpCode, "a therapist's link makes them set up an authenticator");
                signInIfNeeded(theo, theoEmail, "theo-invited-password", secrets.get(theo));
                theo.wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), "Theo Tran"));

                theo.wait
                        .until(ExpectedConditions.elementToBeClickable(By.id("add-patient-open")))
                        .click();
                theo.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("add-patient-email")))
                        .sendKeys(ninaEmail);
                theo.driver.findElement(By.id("add-patient-firstName")).sendKeys("Nina");
                theo.driver.findElement(By.id("add-patient-lastName")).sendKeys("Novak");
                theo.driver.findElement(By.id("add-patient-send")).click();
                theo.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#add-patient [role='status']"), "Invitation sent to " + ninaEmail));
                theo.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseload-list"), "Nina"));

                String ninaLink = invitationLink(layout, ninaEmail);
                try (Browser nina = Browser.open(layout, ninaProfile)) {
                    try {
                        followTheLink(nina, layout, ninaLink, "nina-invited-password");
                        signInIfNeeded(nina, ninaEmail, "nina-invited-password", null);
                        passFirstSignIn(nina);
                        nina.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("today-heading")));
                    } catch (RuntimeException | AssertionError e) {
                        throw new AssertionError(nina.describe(), e);
                    }
                }

                // Theo's caseload, fresh from the server, has Nina.
                theo.go("/");
                theo.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseload-list"), "Nina"));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(theo.describe(), e);
            }
        }
    }

    private static String invitationLink(Layout layout, String email) {
        SentMail.Message mail = SentMail.await(layout, email, message -> true, MAIL_DEADLINE);
        String link = mail.link("/login-actions/action-token")
                .orElseThrow(() -> new AssertionError("no link in the invitation: " + mail.text()));
        assertTrue(mail.text().contains("3 days"), () -> "the email states the link's lifespan: " + mail.text());
        return link;
    }

    /**
     * Keycloak's execute-actions page: proceed, then each required action in Keycloak's order (a new
     * password; for staff also an authenticator, whose set-up code is returned, else null).
     */
    private static String followTheLink(Browser browser, Layout layout, String link, String password) {
        browser.driver.get(link);
        browser.wait.until(Browser.pageSays("Update Password"));
        List<WebElement> proceed = browser.driver.findElements(By.partialLinkText("Click here to proceed"));
        if (!proceed.isEmpty()) {
            proceed.get(0).click();
        }
        String setUpCode = null;
        boolean passwordSet = false;
        for (int action = 0; action < 3; action++) {
            browser.wait.until(
                    driver -> !driver.findElements(By.id("password-new")).isEmpty()
                            || !driver.findElements(By.id("mode-manual")).isEmpty()
                            || driver.getPageSource().contains("Your account has been updated")
                            || driver.getCurrentUrl().startsWith(layout.gatewayUrl()));
            if (!browser.driver.findElements(By.id("mode-manual")).isEmpty()) {
                setUpCode = setUpAuthenticator(browser);
                authenticators.put(browser, setUpCode);
            } else if (!browser.driver.findElements(By.id("password-new")).isEmpty()) {
                browser.driver.findElement(By.id("password-new")).sendKeys(password);
                browser.driver.findElement(By.id("password-confirm")).sendKeys(password);
                browser.driver.findElement(By.id("kc-submit")).click();
                passwordSet = true;
            } else {
                break;
            }
        }
        assertTrue(passwordSet, "the link asked for a password");
        return setUpCode;
    }

    /** Signed in already by the link, or with the new password now (staff then give a code). */
    private static void signInIfNeeded(Browser browser, String email, String password, Totp authenticator) {
        browser.go("/");
        browser.wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")),
                ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-name"))));
        if (!browser.driver.findElements(By.id("signed-in-name")).isEmpty()) {
            return;
        }
        browser.signIn(email, password, null);
        if (authenticator != null) {
            // Keycloak refuses a code used once already: the set-up's code, then the next step's (look-ahead 1).
            String used = authenticators.get(browser);
            String code = authenticator.code(Instant.now());
            if (code.equals(used)) {
                code = authenticator.code(Instant.now().plus(Totp.STEP));
            }
            browser.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")))
                    .sendKeys(code);
            browser.driver.findElement(By.id("kc-login")).click();
        }
    }

    /** Keycloak's authenticator set-up page: the secret as text, one code computed from it; returns that code. */
    private static String setUpAuthenticator(Browser browser) {
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("mode-manual")))
                .click();
        String secret = browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-totp-secret-key")))
                .getText();
        Totp authenticator = Totp.fromBase32(secret);
        secrets.put(browser, authenticator);
        String code = authenticator.code(Instant.now());
        browser.driver.findElement(By.id("totp")).sendKeys(code);
        browser.driver.findElement(By.id("userLabel")).sendKeys("phone");
        browser.driver.findElement(By.id("saveTOTPBtn")).click();
        return code;
    }

    /** The patient's first sign-in: welcome, the browser's time zone, contact preferences as proposed, both consents. */
    private static void passFirstSignIn(Browser browser) {
        browser.wait.until(ExpectedConditions.textToBe(By.id("first-sign-in-heading"), "Welcome to Motus"));
        browser.driver.findElement(By.id("welcome-next")).click();
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("welcome-zone-next")))
                .click();
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("welcome-preferences-next")))
                .click();
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("input[name='consent-TELEHEALTH'][value='accept']")))
                .click();
        browser.driver
                .findElement(By.cssSelector("input[name='consent-REMOTE_MONITORING'][value='accept']"))
                .click();
        browser.driver.findElement(By.id("welcome-consents-done")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.patient-nav")));
    }
}
