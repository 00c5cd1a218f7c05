package org.motus.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.localpostgres.PostgresTestResource;

/** Without a session: /api answers 401 problem details, pages go to the login, public paths stay public. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class ApiAuthenticationTest {

    @Test
    void meWithoutSessionIsUnauthenticatedProblemNotRedirect() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("Location", nullValue())
                .body("type", equalTo("urn:motus:problem:unauthenticated"))
                .body("status", equalTo(401))
                .body("title", equalTo("Not signed in"))
                .body("detail", containsString("/login"));
    }

    @Test
    void apiCallWithoutSessionStartsNoLogin() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/patients/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("Set-Cookie", nullValue());
        given().redirects()
                .follow(false)
                .header("Accept", "text/html")
                .when()
                .get("/api/v1/nowhere")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void stateChangingApiCallWithoutSessionIsUnauthenticated() {
        given().redirects()
                .follow(false)
                .header("X-Requested-By", "motus-web")
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/patients/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tamperedSessionCookieOnApiIsUnauthenticatedProblem() {
        given().redirects()
                .follow(false)
                .cookie("q_session", "not-a-session")
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("Location", nullValue())
                .body("type", equalTo("urn:motus:problem:unauthenticated"));
    }

    @Test
    void tamperedSessionCookieOnPageRedirectsToLogin() {
        given().redirects()
                .follow(false)
                .cookie("q_session", "not-a-session")
                .when()
                .get("/today")
                .then()
                .statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"));
    }

    @Test
    void deepLinkWithoutSessionRedirectsToTheOidcServerWithPkce() {
        given().redirects()
                .follow(false)
                .when()
                .get("/today")
                .then()
                .statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"))
                .header("Location", containsString("client_id=motus-gateway"))
                .header("Location", containsString("code_challenge_method=S256"))
                .header("Location", containsString("code_challenge="));
    }

    @Test
    void loginWithoutSessionRedirectsToTheOidcServer() {
        given().redirects()
                .follow(false)
                .when()
                .get("/login")
                .then()
                .statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"))
                .header("Location", containsString("redirect_uri="));
    }

    @Test
    void healthMetricsAndApiDescriptionArePublic() {
        given().redirects().follow(false).when().get("/q/health/live").then().statusCode(200);
        given().redirects().follow(false).when().get("/q/health/ready").then().statusCode(200);
        given().redirects().follow(false).when().get("/q/metrics").then().statusCode(200);
        given().redirects()
                .follow(false)
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/me"));
    }

    @Test
    void landingPageAndAssetsNeedNoLogin() {
        given().redirects().follow(false).when().get("/").then().statusCode(not(302));
        given().redirects().follow(false).when().get("/assets/none.js").then().statusCode(404);
    }

    @Test
    void logoutWithoutSessionGoesHome() {
        given().redirects()
                .follow(false)
                .when()
                .get("/logout")
                .then()
                .statusCode(302)
                .header("Location", equalTo("/"));
    }

    @Test
    void javascriptRequestForAPageIsNotRedirectedEither() {
        given().redirects()
                .follow(false)
                .header("X-Requested-With", "JavaScript")
                .when()
                .get("/today")
                .then()
                .statusCode(499)
                .header("Location", nullValue())
                .header("WWW-Authenticate", startsWith("OIDC"));
    }
}
