package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motus.deploy.assembly.Layout;

/**
 * A signalling socket ends with its login session (session-gateway/SIGNALLING.md, "Sign-out and
 * expiry"), on the real assembly: Tess is signed in on two devices and is in a visit with Pat on
 * one of them when an admin deactivates her account in Motus. patient-service ends each of her
 * Keycloak sessions one by one, Keycloak posts a back-channel logout token for each, and the
 * gateway closes her socket with 4003 within seconds, while Pat stays connected and is told Tess
 * left. With Keycloak's "log out all sessions" instead, only one
 * session got a token (keycloak#22914, #27359) and this test timed out.
 */
@ExtendWith(RunningMotus.class)
class SessionRevokedClosesSocketIT {

    /** Pat's patient record in the demo data; Tess treats Pat. */
    private static final String PAT_RECORD = "0a7e0000-0000-4000-8000-000000000002";

    private static final Duration CLOSE_DEADLINE = Duration.ofSeconds(10);

    @Test
    void deactivatingTessClosesHerOpenSocketAndEndsHerSessionsOnEveryDevice(Layout layout) {
        String gateway = layout.gatewayUrl();
        SignedIn pat = SignedIn.as(DemoUser.PAT, layout);
        SignedIn tessOnHerPhone = SignedIn.as(DemoUser.TESS, layout);
        Instant tessSignsInAgain = Instant.now();
        SignedIn tess = SignedIn.as(DemoUser.TESS, layout);
        String visit = bookVisit(tess, gateway);
        KeycloakAdmin keycloak = KeycloakAdmin.signIn(layout);
        String tessId = keycloak.userId(DemoUser.TESS.username);
        SignedIn adam = SignedIn.as(DemoUser.ADAM, layout);
        try (SignalSocket tessSocket = SignalSocket.join("tess", tess, gateway, visit)) {
            tessSocket.expect("joined");
            try (SignalSocket patSocket = SignalSocket.join("pat", pat, gateway, visit)) {
                patSocket.expect("joined");
                tessSocket.expect("peer-joined");
                // Both of Tess's sessions are ones Keycloak lists before the admin acts.
                keycloak.awaitSessionSince(tessId, tessSignsInAgain, CLOSE_DEADLINE);

                long deactivated = System.nanoTime();
                HttpResponse<String> done =
                        adam.api("POST", gateway + "/api/v1/staff/" + tessId + "/deactivation", null);
                assertEquals(200, done.statusCode(), () -> Http.describe(done));

                assertEquals(4003, tessSocket.awaitClose(), "Tess's socket closes as signed out");
                Duration took = Duration.ofNanos(System.nanoTime() - deactivated);
                System.out.printf(
                        "[session-revoked] Tess's socket closed %d ms after the deactivation%n", took.toMillis());
                assertTrue(took.compareTo(CLOSE_DEADLINE) < 0, () -> "closed only after " + took);
                JsonNode left = patSocket.expect("peer-left");
                assertEquals("therapist", left.path("role").asText());
            }
            // Both devices' gateway sessions end: the gateway remembers ended sessions itself, so a
            // revocation holds even after the suite's many earlier ones filled quarkus-oidc's cache.
            long waitedFrom = System.nanoTime();
            int here = 0;
            int phone = 0;
            while (System.nanoTime() - waitedFrom < CLOSE_DEADLINE.toNanos()) {
                here = tess.api("GET", gateway + "/api/v1/me", null).statusCode();
                phone = tessOnHerPhone.api("GET", gateway + "/api/v1/me", null).statusCode();
                if (here == 401 && phone == 401) {
                    break;
                }
                LocalDaemon.pause();
            }
            System.out.printf(
                    "[session-revoked] /me after the deactivation: this device %d, the other device %d (%d ms)%n",
                    here,
                    phone,
                    Duration.ofNanos(System.nanoTime() - waitedFrom).toMillis());
            assertEquals(401, here, "this device's session ended");
            assertEquals(401, phone, "the other device's session ended");
        } finally {
            HttpResponse<String> back = adam.api("POST", gateway + "/api/v1/staff/" + tessId + "/reactivation", null);
            assertEquals(
                    200, back.statusCode(), () -> "Tess is reactivated for the other tests: " + Http.describe(back));
        }
    }

    private static String bookVisit(SignedIn therapist, String gatewayUrl) {
        Instant start = Instant.now().plus(Duration.ofMinutes(2));
        VisitSlots.free(therapist, gatewayUrl, start, 30);
        String body = Http.JSON
                .createObjectNode()
                .put("patientId", PAT_RECORD)
                .put("start", start.toString())
                .put("durationMinutes", 30)
                .put("reason", "Session revoked system test")
                .toString();
        HttpResponse<String> booked = therapist.api("POST", gatewayUrl + "/api/v1/visits", body);
        assertEquals(201, booked.statusCode(), () -> Http.describe(booked));
        return Http.json(booked).path("id").asText();
    }
}
