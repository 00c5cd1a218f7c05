package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Invitations for real (issue 13 item 3): patient-service creates the account through Keycloak's
 * Admin REST API as the motus-accounts service account, Keycloak mails its execute-actions email
 * through GreenMail, and its link lets the invited person set a password and sign in to the
 * record made for them. Also: an email that has an account is a 409, a care-team subject that is
 * no therapist is a 422, and resending mails a new link.
 */
@ExtendWith(RunningMotus.class)
class InvitationIT {

    private static final Duration MAIL_DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path profile;

    private static String invitation(String role, String email, String firstName, String lastName) {
        return "{\"role\":\"" + role + "\",\"email\":\"" + email + "\",\"firstName\":\"" + firstName
                + "\",\"lastName\":\"" + lastName + "\"}";
    }

    @Test
    void adamInvitesAPatientWhoseEmailLinkSetsAPasswordAndSignsIntoTheRecordMadeForHer(Layout layout) {
        GatewaySession adam = new GatewaySession(layout).signIn(DemoUser.ADAM);
        String email = "nina." + UUID.randomUUID().toString().substring(0, 8) + "@motus.example";
        HttpResponse<String> created =
                adam.send("POST", "/api/v1/invitations", invitation("PATIENT", email, "Nina", "Novak"));
        assertEquals(201, created.statusCode(), () -> Http.describe(created));
        JsonNode invited = Http.json(created);
        assertEquals("PENDING", invited.path("status").asText());
        assertEquals(
                Duration.ofHours(72),
                Duration.between(
                        Instant.parse(invited.path("invitedAt").asText()),
                        Instant.parse(invited.path("expiresAt").asText())));

        SentMail.Message mail = SentMail.await(layout, email, message -> true, MAIL_DEADLINE);
        String link = mail.link("/login-actions/action-token")
                .orElseThrow(() -> new AssertionError("no link in the invitation: " + mail.text()));
        assertTrue(link.startsWith(layout.keycloakUrl() + "/realms/motus/"), link);
        assertTrue(mail.text().contains("3 days"), () -> "the email states the link's lifespan: " + mail.text());

        // The same email again is a 409, whatever the role: never a second account.
        HttpResponse<String> twice =
                adam.send("POST", "/api/v1/invitations", invitation("THERAPIST", email, "Nina", "Again"));
        assertEquals(409, twice.statusCode(), () -> Http.describe(twice));
        assertEquals("urn:motus:problem:conflict", Http.json(twice).path("type").asText());

        String password = "nina-invited-password";
        try (Browser browser = Browser.open(layout, profile)) {
            try {
                browser.driver.get(link);
                // Keycloak's execute-actions page lists what to do ("Update Password"), then asks for the password.
                browser.wait.until(Browser.pageSays("Update Password"));
                List<WebElement> proceed = browser.driver.findElements(By.partialLinkText("Click here to proceed"));
                if (!proceed.isEmpty()) {
                    proceed.get(0).click();
                }
                browser.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")))
                        .sendKeys(password);
                browser.driver.findElement(By.id("password-confirm")).sendKeys(password);
                browser.driver.findElement(By.id("kc-submit")).click();
                browser.wait.until(driver -> driver.getPageSource().contains("Your account has been updated")
                        || driver.getCurrentUrl().startsWith(layout.gatewayUrl()));

                // Signed in already by the link, or with the new password now.
                browser.go("/");
                browser.wait.until(ExpectedConditions.or(
                        ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-name"))));
                if (browser.driver.findElements(By.id("signed-in-name")).isEmpty()) {
                    browser.signIn(email, password, "Nina Novak");
                }
                browser.wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), "Nina Novak"));
                Object record = browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch('/api/v1/patients/me').then(r => r.json()).then(j => done(j.id), e => done(String(e)));");
                assertEquals(invited.path("patientId").asText(), record, "she signs in to the record made for her");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(browser.describe(), e);
            }
        }
        HttpResponse<String> list = adam.api("/api/v1/invitations");
        assertEquals(200, list.statusCode(), () -> Http.describe(list));
        boolean accepted = false;
        for (JsonNode row : Http.json(list)) {
            if (row.path("id").asText().equals(invited.path("id").asText())) {
                accepted = "ACCEPTED".equals(row.path("status").asText());
            }
        }
        assertTrue(accepted, () -> "accepted once she set her password: " + list.body());
    }

    @Test
    void tessInvitesAPatientOntoHerCaseloadAndResendingMailsANewLink(Layout layout) {
        GatewaySession tess = new GatewaySession(layout).signIn(DemoUser.TESS);
        String email = "omar." + UUID.randomUUID().toString().substring(0, 8) + "@motus.example";
        HttpResponse<String> created =
                tess.send("POST", "/api/v1/invitations", invitation("PATIENT", email, "Omar", "Okafor"));
        assertEquals(201, created.statusCode(), () -> Http.describe(created));
        JsonNode invited = Http.json(created);
        SentMail.Message first = SentMail.await(layout, email, message -> true, MAIL_DEADLINE);

        HttpResponse<String> caseload = tess.api("/api/v1/caseload");
        assertTrue(caseload.body().contains(invited.path("patientId").asText()), () -> Http.describe(caseload));

        HttpResponse<String> resent =
                tess.send("POST", "/api/v1/invitations/" + invited.path("id").asText() + "/resend", null);
        assertEquals(200, resent.statusCode(), () -> Http.describe(resent));
        assertEquals(2, Http.json(resent).path("sentCount").asInt());
        // A second email with a new link (a new action token).
        SentMail.await(layout, email, message -> !message.text().equals(first.text()), MAIL_DEADLINE);
    }

    @Test
    void aCareTeamSubjectThatIsNoTherapistAccountIsA422(Layout layout) {
        GatewaySession adam = new GatewaySession(layout).signIn(DemoUser.ADAM);
        String pat = "0a7e0000-0000-4000-8000-000000000002";
        HttpResponse<String> unknown =
                adam.send("PUT", "/api/v1/patients/" + pat + "/care-team/no-such-therapist", null);
        assertEquals(422, unknown.statusCode(), () -> Http.describe(unknown));
        assertEquals(
                "urn:motus:problem:rule-violation",
                Http.json(unknown).path("type").asText());
        HttpResponse<String> team = adam.api("/api/v1/patients/" + pat + "/care-team");
        assertTrue(!team.body().contains("no-such-therapist"), () -> Http.describe(team));

        // A patient record for a subject that is no account ("0") is refused the same way.
        HttpResponse<String> nobody =
                adam.send("POST", "/api/v1/patients", "{\"subject\":\"0\",\"displayName\":\"Nobody\"}");
        assertEquals(422, nobody.statusCode(), () -> Http.describe(nobody));
    }
}
