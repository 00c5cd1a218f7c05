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
 * expiry"), on the real assembly: an admin signs Pat out everywhere in Keycloak's admin API;
 * Keycloak sends the gateway a back-channel logout token (the realm client's
 * {@code backchannel.logout.url}); Pat's open socket closes with 4003 within seconds and Pat's
 * gateway session is gone, while Tess, on the same visit, stays connected and is told Pat left.
 */
@ExtendWith(RunningMotus.class)
class SessionRevokedClosesSocketIT {

    /** Pat's patient record in the demo data; Tess treats Pat. */
    private static final String PAT_RECORD = "0a7e0000-0000-4000-8000-000000000002";

    private static final Duration CLOSE_DEADLINE = Duration.ofSeconds(10);

    @Test
    void endingPatsSessionInKeycloakClosesPatsOpenSocketWithinSeconds(Layout layout) {
        SignedIn tess = SignedIn.as(DemoUser.TESS, layout);
        Instant patSignsIn = Instant.now();
        SignedIn pat = SignedIn.as(DemoUser.PAT, layout);
        String visit = bookVisit(tess, layout.gatewayUrl());
        // Pat waits first, then Tess joins: opened together, Pat's "joined" could already count Tess
        // present, and no "peer-joined" would follow.
        try (SignalSocket patSocket = SignalSocket.join("pat", pat, layout.gatewayUrl(), visit)) {
            patSocket.expect("joined");
            try (SignalSocket tessSocket = SignalSocket.join("tess", tess, layout.gatewayUrl(), visit)) {
                tessSocket.expect("joined");
                patSocket.expect("peer-joined");

                KeycloakAdmin admin = KeycloakAdmin.signIn(layout);
                String patId = admin.userId(DemoUser.PAT.username);
                // As an admin would: the session must be one Keycloak lists (see awaitSessionSince).
                admin.awaitSessionSince(patId, patSignsIn, CLOSE_DEADLINE);
                long revoked = System.nanoTime();
                admin.signOutEverywhere(patId);

                assertEquals(4003, patSocket.awaitClose(), "Pat's socket closes as signed out");
                Duration took = Duration.ofNanos(System.nanoTime() - revoked);
                System.out.printf(
                        "[session-revoked] Pat's socket closed %d ms after the admin's sign-out%n", took.toMillis());
                assertTrue(took.compareTo(CLOSE_DEADLINE) < 0, () -> "closed only after " + took);

                JsonNode left = tessSocket.expect("peer-left");
                assertEquals("patient", left.path("role").asText());
            }
        }
        HttpResponse<String> me = pat.api("GET", layout.gatewayUrl() + "/api/v1/me", null);
        assertEquals(401, me.statusCode(), () -> "Pat's gateway session must be gone: " + Http.describe(me));
    }

    private static String bookVisit(SignedIn therapist, String gatewayUrl) {
        String body = Http.JSON
                .createObjectNode()
                .put("patientId", PAT_RECORD)
                .put("start", Instant.now().plus(Duration.ofMinutes(2)).toString())
                .put("durationMinutes", 30)
                .put("reason", "Session revoked system test")
                .toString();
        HttpResponse<String> booked = therapist.api("POST", gatewayUrl + "/api/v1/visits", body);
        assertEquals(201, booked.statusCode(), () -> Http.describe(booked));
        return Http.json(booked).path("id").asText();
    }
}
