package org.motus.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motus.deploy.assembly.Assembly;
import org.motus.deploy.assembly.Layout;
import org.motus.deploy.system.DemoUser;
import org.motus.deploy.system.Http;
import org.motus.deploy.system.KeycloakAdmin;
import org.motus.deploy.system.RunningMotus;
import org.motus.deploy.system.SignedIn;

/**
 * Issue 17, fault 3: Keycloak stops. A signed-in patient keeps working while her access token is
 * valid (the services check tokens against the keys they hold); once the gateway must refresh it
 * (30 s before it expires) and cannot, /api answers problem
 * details and /login a "Sign-in is unavailable" page (503, Retry-After), never a redirect to the
 * unreachable Keycloak or a stack trace; after
 * Keycloak is back, signing in works again. The realm's access-token lifespan is shortened to
 * {@link #TOKEN_LIFESPAN_SECONDS} for the test (and restored) so "needs refreshing" comes soon.
 */
@ExtendWith(RunningMotus.class)
class KeycloakOutageIT {

    /** Longer than the gateway's refresh-token-time-skew (30 s): a token is refreshed 15 s after it is issued. */
    private static final int TOKEN_LIFESPAN_SECONDS = 45;

    private static final String KEYCLOAK = "keycloak";

    @Test
    void signedInPeopleKeepWorkingUntilARefreshIsNeededThenSignInIsUnavailableUntilKeycloakReturns(Assembly assembly) {
        Layout layout = assembly.layout();
        String me = layout.gatewayUrl() + "/api/v1/patients/me";
        KeycloakAdmin admin = KeycloakAdmin.signIn(layout);
        int lifespan = admin.realm().path("accessTokenLifespan").asInt();
        admin.updateRealm(Http.JSON.createObjectNode().put("accessTokenLifespan", TOKEN_LIFESPAN_SECONDS));
        int requests = 0;
        int keptWorking = 0;
        AtomicReference<HttpResponse<String>> afterExpiry = new AtomicReference<>();
        HttpResponse<String> login;
        HttpResponse<String> loginAsApi;
        Duration untilRefused;
        Duration keycloakBack;
        Duration keycloakDown;
        try {
            SignedIn pat = SignedIn.as(DemoUser.PAT, layout);
            HttpResponse<String> before = pat.api("GET", me, null);
            requests++;
            assertEquals(200, before.statusCode(), () -> Http.describe(before));

            long stoppedAt = System.nanoTime();
            try {
                assembly.stopPart(KEYCLOAK);
                HttpResponse<String> stillWorking = pat.api("GET", me, null);
                requests++;
                assertEquals(
                        200,
                        stillWorking.statusCode(),
                        () -> "while the token is valid: " + Http.describe(stillWorking));
                keptWorking++;
                int[] polls = {0};
                untilRefused = Deadline.await(
                        "the patient's expired token is refused once it cannot be refreshed",
                        Duration.ofSeconds(TOKEN_LIFESPAN_SECONDS + 40),
                        () -> {
                            polls[0]++;
                            HttpResponse<String> answer = pat.api("GET", me, null);
                            afterExpiry.set(answer);
                            return answer.statusCode() != 200;
                        },
                        () -> Http.describe(afterExpiry.get()));
                requests += polls[0];
                keptWorking += polls[0] - 1;
                login = Http.send(HttpRequest.newBuilder(URI.create(layout.gatewayUrl() + "/login"))
                        .header("Accept", "text/html")
                        .GET());
                loginAsApi = Http.send(HttpRequest.newBuilder(URI.create(layout.gatewayUrl() + "/login"))
                        .header("Accept", "application/json")
                        .GET());
                requests += 2;
            } finally {
                long restartAt = System.nanoTime();
                assembly.restart(KEYCLOAK);
                keycloakBack = Duration.ofNanos(System.nanoTime() - restartAt);
                keycloakDown = Duration.ofNanos(System.nanoTime() - stoppedAt);
            }
            System.out.println("[fault-suite] Keycloak stopped: requests=" + requests + " answered 200 after the stop="
                    + keptWorking + " refused after " + untilRefused.toMillis() + " ms with HTTP "
                    + afterExpiry.get().statusCode() + ", /login HTTP " + login.statusCode()
                    + ", Keycloak down " + keycloakDown.toMillis() + " ms (its restart " + keycloakBack.toMillis()
                    + " ms)");

            HttpResponse<String> refused = afterExpiry.get();
            assertTrue(
                    refused.statusCode() == 401 || refused.statusCode() == 503,
                    () -> "an expired session without Keycloak: " + Http.describe(refused));
            assertTrue(
                    refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    () -> Http.describe(refused));
            assertNoStackTrace(refused);
            // Starting a new sign-in: a page that says so (503, Retry-After), never a redirect to the
            // unreachable Keycloak; problem details for a caller that asks for JSON.
            assertEquals(503, login.statusCode(), () -> Http.describe(login));
            assertEquals("60", login.headers().firstValue("Retry-After").orElse(""), () -> Http.describe(login));
            assertTrue(
                    login.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                            && login.body().contains("Sign-in is unavailable")
                            && login.body().contains("try again in a minute"),
                    () -> Http.describe(login));
            assertEquals(503, loginAsApi.statusCode(), () -> Http.describe(loginAsApi));
            assertTrue(
                    loginAsApi.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    () -> Http.describe(loginAsApi));
            assertNoStackTrace(loginAsApi);
            assertNoStackTrace(login);

            SignedIn again = SignedIn.as(DemoUser.PAT, layout);
            HttpResponse<String> back = again.api("GET", me, null);
            assertEquals(200, back.statusCode(), () -> "after Keycloak is back: " + Http.describe(back));
        } finally {
            if (!assembly.process(KEYCLOAK).isAlive()) {
                assembly.restart(KEYCLOAK);
            }
            KeycloakAdmin.signIn(layout)
                    .updateRealm(Http.JSON.createObjectNode().put("accessTokenLifespan", lifespan));
        }
    }

    private static void assertNoStackTrace(HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body();
        assertFalse(
                body.contains("Exception") || body.contains("\tat ") || body.contains("at org."),
                () -> "a stack trace leaked: " + Http.describe(answer));
    }
}
