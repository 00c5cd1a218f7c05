package org.motus.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;

/**
 * With Keycloak unreachable the landing page still loads; a login answers 503 with Retry-After (a
 * "sign-in is unavailable" page, or problem details for API callers), not a redirect or an error page.
 */
@QuarkusTest
@TestProfile(KeycloakUnreachableTest.NoKeycloak.class)
@WithTestResource(PostgresTestResource.class)
class KeycloakUnreachableTest {

    public static class NoKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return Map.of(
                        "quarkus.oidc.auth-server-url",
                        "http://localhost:" + socket.getLocalPort() + "/realms/motus",
                        "quarkus.oidc.connection-retry-count",
                        "0");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void loginShowsASignInUnavailablePageInsteadOfSendingTheBrowserToKeycloak() {
        given().redirects()
                .follow(false)
                .header("Accept", "text/html,application/xhtml+xml")
                .when()
                .get("/login")
                .then()
                .statusCode(503)
                .header("Retry-After", "60")
                .header("Location", nullValue())
                .contentType(containsString("text/html"))
                .body(containsString("Sign-in is unavailable"), containsString("try again in a minute"));
    }

    @Test
    void loginAsAnApiCallAnswersUnavailableProblemDetails() {
        given().redirects()
                .follow(false)
                .header("Accept", "application/json")
                .header("X-Requested-By", "motus-web")
                .when()
                .get("/login")
                .then()
                .statusCode(503)
                .header("Retry-After", "60")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:upstream-unavailable"));
    }

    @Test
    void apiStillAnswersUnauthenticatedProblem() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void landingPageAndHealthNeedNoKeycloak() {
        given().redirects().follow(false).when().get("/").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
