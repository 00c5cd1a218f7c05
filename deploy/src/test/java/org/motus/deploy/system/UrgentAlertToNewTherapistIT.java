package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motus.deploy.assembly.Layout;

/**
 * A therapist an admin has just invited, who has never signed in, gets the urgent red-flag email
 * (issue 14): patient-service takes her address from her Keycloak account (real Keycloak, through
 * the motus-accounts service account), and GreenMail receives it. Before this, such a therapist had
 * no address on record and the alert was retried into a dead letter.
 */
@ExtendWith(RunningMotus.class)
class UrgentAlertToNewTherapistIT {

    private static final String URGENT_SUBJECT = "You have a new urgent alert in Motus";
    private static final Duration MAIL_DEADLINE = Duration.ofSeconds(30);

    @Test
    void aTherapistAnAdminJustInvitedGetsTheUrgentEmailBeforeSheEverSignsIn(Layout layout) {
        Instant start = Instant.now();
        GatewaySession adam = new GatewaySession(layout).signIn(DemoUser.ADAM);
        String email = "ursula." + UUID.randomUUID().toString().substring(0, 8) + "@motus.example";
        HttpResponse<String> invited = adam.send(
                "POST",
                "/api/v1/invitations",
                "{\"role\":\"THERAPIST\",\"email\":\"" + email
                        + "\",\"firstName\":\"Ursula\",\"lastName\":\"Urbano\"}");
        assertEquals(201, invited.statusCode(), () -> Http.describe(invited));
        String ursula = Http.json(invited).path("subject").asText();
        String careTeam = "/api/v1/patients/" + PatientPages.PAT_RECORD + "/care-team/" + ursula;
        HttpResponse<String> assigned = adam.send("PUT", careTeam, null);
        assertEquals(200, assigned.statusCode(), () -> Http.describe(assigned));
        try {
            String patToken = KeycloakTokens.accessToken(layout, DemoUser.PAT);
            Instant flagged = Instant.now();
            HttpResponse<String> checkIn = Http.postJson(
                    layout.patientServiceUrl() + "/api/v1/patients/" + PatientPages.PAT_RECORD + "/check-ins",
                    patToken,
                    "{\"kind\":\"DAILY\",\"pain\":6,\"redFlags\":[\"CHEST_SYMPTOMS\"]}");
            assertEquals(201, checkIn.statusCode(), () -> Http.describe(checkIn));

            SentMail.Message alert =
                    SentMail.await(layout, email, message -> message.subject().equals(URGENT_SUBJECT), MAIL_DEADLINE);
            System.out.printf(
                    "UrgentAlertToNewTherapistIT: urgent email to the never-signed-in therapist %d ms after the red flag%n",
                    Duration.between(flagged, Instant.now()).toMillis());
            assertTrue(alert.text().contains(layout.gatewayUrl()), alert::text);
            String text = alert.text().toLowerCase(Locale.ROOT);
            for (String healthData : new String[] {"chest", "pat ", "pain", "red flag"}) {
                assertFalse(text.contains(healthData), () -> "the email names " + healthData + ": " + alert.text());
            }
        } finally {
            acknowledgeFlagsRaisedSince(layout, start);
            HttpResponse<String> removed = adam.send("DELETE", careTeam, null);
            assertEquals(204, removed.statusCode(), () -> Http.describe(removed));
        }
    }

    /** tess acknowledges the flag raised here, so later tests see pat's record as the demo leaves it. */
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
}
