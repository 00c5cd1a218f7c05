package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.Totp;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The realm's account protections, end to end through the real Keycloak and the real SMTP server
 * (GreenMail, a separate process): forgot-password by email with the password policy, a one-time
 * code that a new therapist must set up, and brute-force lockout. Each test makes its own person
 * through Keycloak's Admin API, so the demo users stay as they are for the other tests.
 */
@ExtendWith(RunningMotus.class)
class AccountSecurityIT {

    private static final Duration MAIL_DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path profile;

    @Test
    void aPatientWhoForgotTheirPasswordGetsAMailWhoseLinkSetsANewPasswordThatSignsIn(Layout layout) {
        String email = "rita.reset@motus.example";
        KeycloakAdmin.signIn(layout).createUser("rita", email, "Rita", "Reset", "rita-first-password", "patient");
        String newPassword = "rita-second-password";

        try (Browser browser = Browser.open(layout, profile)) {
            try {
                browser.go("/");
                browser.wait
                        .until(ExpectedConditions.elementToBeClickable(By.id("sign-in")))
                        .click();
                browser.wait
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='reset-credentials']")))
                        .click();
                browser.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                        .sendKeys("rita");
                browser.driver
                        .findElement(By.cssSelector("#kc-reset-password-form button[type=submit]"))
                        .click();
                browser.wait.until(Browser.pageSays("You should receive an email shortly"));

                SentMail.Message mail = SentMail.await(
                        layout, email, message -> message.subject().contains("Reset password"), MAIL_DEADLINE);
                String link = mail.link("/login-actions/action-token")
                        .orElseThrow(() -> new AssertionError("no reset link in the mail: " + mail.text()));
                assertTrue(link.startsWith(layout.keycloakUrl() + "/realms/motus/"), link);
                assertTrue(mail.text().contains("From: Motus <no-reply@motus.example>"), "the realm's sender");

                browser.driver.get(link);
                // The password policy holds here too: 11 characters are refused.
                setNewPassword(browser, "short-pass1");
                browser.wait.until(Browser.pageSays("minimum length 12"));
                setNewPassword(browser, newPassword);
                // The reset signs Rita in and returns her to Motus.
                browser.wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), "Rita Reset"));
                browser.driver.findElement(By.id("sign-out")).click();
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));

                browser.signIn("rita", "rita-first-password", null);
                browser.wait.until(Browser.pageSays("Invalid username or password"));
                browser.go("/");
                browser.signIn("rita", newPassword, "Rita Reset");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(browser.describe(), e);
            }
        }
    }

    @Test
    void aNewTherapistMustSetUpAnAuthenticatorAtTheirFirstSignInAndThenGiveItsCode(Layout layout) {
        KeycloakAdmin admin = KeycloakAdmin.signIn(layout);
        String id = admin.createUser(
                "tomas", "tomas.otp@motus.example", "Tomas", "Therapist", "tomas-first-password", "therapist");

        try (Browser browser = Browser.open(layout, profile)) {
            try {
                browser.signIn("tomas", "tomas-first-password", null);
                // No authenticator yet: Keycloak shows its set-up page instead of Motus.
                browser.wait
                        .until(ExpectedConditions.elementToBeClickable(By.id("mode-manual")))
                        .click();
                String secret = browser.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-totp-secret-key")))
                        .getText();
                Totp authenticator = Totp.fromBase32(secret);
                browser.driver.findElement(By.id("totp")).sendKeys(authenticator.code(Instant.now()));
                browser.driver.findElement(By.id("userLabel")).sendKeys("Tomas's phone");
                browser.driver.findElement(By.id("saveTOTPBtn")).click();
                browser.wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), "Tomas Therapist"));
                assertTrue(admin.user(id).path("totp").asBoolean(), "Keycloak stores the authenticator");

                browser.driver.findElement(By.id("sign-out")).click();
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
                // The next sign-in asks for the code; a wrong one is refused.
                browser.signIn("tomas", "tomas-first-password", null);
                browser.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")))
                        .sendKeys(wrongCode(authenticator));
                browser.driver.findElement(By.id("kc-login")).click();
                browser.wait.until(Browser.pageSays("Invalid authenticator code"));
                browser.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")))
                        .sendKeys(authenticator.code(Instant.now()));
                browser.driver.findElement(By.id("kc-login")).click();
                browser.wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), "Tomas Therapist"));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(browser.describe(), e);
            }
        }
    }

    @Test
    void wrongPasswordsInQuickSuccessionLockAnAccountSoEvenTheRightPasswordIsRefusedForAWhile(Layout layout) {
        KeycloakAdmin admin = KeycloakAdmin.signIn(layout);
        String id = admin.createUser(
                "bruno", "bruno.brute@motus.example", "Bruno", "Brute", "bruno-right-password", "patient");
        assertFalse(admin.bruteForceStatus(id).path("disabled").asBoolean(), "not locked before");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(
                    401,
                    passwordGrant(layout, "bruno", "wrong-password-" + attempt).statusCode());
        }
        // Two failures within a second already lock for a minute (quick-login check); five in a longer span would too.
        assertTrue(
                admin.bruteForceStatus(id).path("disabled").asBoolean(), () -> "locked: " + admin.bruteForceStatus(id));
        HttpResponse<String> rightPassword = passwordGrant(layout, "bruno", "bruno-right-password");
        // Refused like a wrong password: the answer does not tell an attacker that the account exists and is locked.
        assertEquals(401, rightPassword.statusCode(), () -> Http.describe(rightPassword));
        assertTrue(rightPassword.body().contains("Invalid user credentials"), rightPassword.body());
    }

    private static void setNewPassword(Browser browser, String password) {
        browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")))
                .clear();
        browser.driver.findElement(By.id("password-new")).sendKeys(password);
        browser.driver.findElement(By.id("password-confirm")).clear();
        browser.driver.findElement(By.id("password-confirm")).sendKeys(password);
        browser.driver.findElement(By.id("kc-submit")).click();
    }

    /** A six-digit code that is none of the ones Keycloak accepts now (this step and its neighbours). */
    private static String wrongCode(Totp authenticator) {
        Instant now = Instant.now();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(authenticator.code(now))
                    && !code.equals(authenticator.code(now.minus(Totp.STEP)))
                    && !code.equals(authenticator.code(now.plus(Totp.STEP)))) {
                return code;
            }
        }
    }

    private static HttpResponse<String> passwordGrant(Layout layout, String username, String password) {
        return Http.send(HttpRequest.newBuilder(URI.create(layout.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "motus-test",
                        "username",
                        username,
                        "password",
                        password))));
    }
}
