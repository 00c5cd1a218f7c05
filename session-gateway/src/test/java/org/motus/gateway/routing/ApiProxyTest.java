package org.motus.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeService;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/** /api calls reach the owning service with the user's token and nothing of the browser's session. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class ApiProxyTest {

    @OidcWireMock
    WireMockServer oidc;

    private final FakeService patients = FakeServicesResource.patientService();
    private final FakeService therapists = FakeServicesResource.therapistService();
    private BrowserSession pat;

    @BeforeEach
    void signIn() {
        pat = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));
        patients.forget();
        therapists.forget();
    }

    BrowserSession session() {
        return pat;
    }

    void forgetCalls() {
        patients.forget();
        therapists.forget();
    }

    @Test
    void patientsPathGoesToPatientServiceWithTheSessionsAccessToken() {
        given().header("Cookie", pat.cookieHeader() + "; analytics=1")
                .header("Authorization", "Bearer forged-by-the-browser")
                .urlEncodingEnabled(false)
                .when()
                .get("/api/v1/patients/me?view=summary&x=a%20b")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("service", equalTo("patient-service"))
                .header("X-Served-By", "patient-service");

        FakeService.Received call = patients.last();
        assertThat(call.method(), equalTo("GET"));
        assertThat(call.uri(), equalTo("/api/v1/patients/me?view=summary&x=a%20b"));
        assertThat(
                call.header("Authorization"),
                equalTo("Bearer " + pat.login().tokens().accessToken()));
        assertThat(call.hasHeader("Cookie"), is(false));
        assertThat(therapists.received(), empty());
    }

    @Test
    void forwardedHeadersDescribeTheBrowsersRequestNotWhatTheBrowserClaims() {
        given().header("Cookie", pat.cookieHeader())
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=203.0.113.9")
                .when()
                .get("/api/v1/patients/me")
                .then()
                .statusCode(200);

        FakeService.Received call = patients.last();
        assertThat(call.header("X-Forwarded-For"), equalTo("127.0.0.1"));
        assertThat(call.header("X-Forwarded-Proto"), equalTo("http"));
        assertThat(call.header("X-Forwarded-Host"), equalTo("localhost:" + RestAssured.port));
        assertThat(call.hasHeader("Forwarded"), is(false));
    }

    @Test
    void routeTableSendsExercisesToTherapistService() {
        given().header("Cookie", pat.cookieHeader())
                .when()
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("service", equalTo("therapist-service"));

        assertThat(therapists.last().uri(), equalTo("/api/v1/exercises"));
        assertThat(
                therapists.last().header("Authorization"),
                equalTo("Bearer " + pat.login().tokens().accessToken()));
        assertThat(patients.received(), empty());
    }

    @Test
    void servicesCannotSetCookiesInTheBrowser() {
        given().header("Cookie", pat.cookieHeader())
                .when()
                .get("/api/v1/exercises/42")
                .then()
                .statusCode(200)
                .header("Set-Cookie", nullValue());
    }

    @Test
    void prefixesMatchWholePathSegmentsOnly() {
        given().header("Cookie", pat.cookieHeader())
                .when()
                .get("/api/v1/patientsandmore")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:not-found"));
        assertThat(patients.received(), empty());
    }

    @Test
    void dotSegmentsCannotEscapeARoute() {
        URI sneaky = URI.create("http://localhost:" + RestAssured.port + "/api/v1/exercises/../patients/me");
        HttpResponse<String> response = pat.get(sneaky);

        assertThat(response.statusCode(), equalTo(200));
        assertThat(response.body(), containsString("patient-service"));
        assertThat(patients.last().uri(), equalTo("/api/v1/patients/me"));
        assertThat(therapists.received(), empty());
    }

    @Test
    void stateChangingCallWithTheCsrfHeaderIsForwardedWithItsBody() {
        given().header("Cookie", pat.cookieHeader())
                .header("X-Requested-By", "motus-web")
                .header("Origin", "http://localhost:" + RestAssured.port)
                .contentType("application/json")
                .body("{\"painBefore\":3}")
                .when()
                .post("/api/v1/patients/me/check-ins")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"));

        FakeService.Received call = patients.last();
        assertThat(call.method(), equalTo("POST"));
        assertThat(call.body(), equalTo("{\"painBefore\":3}"));
        assertThat(call.header("Content-Type"), containsString("application/json"));
        assertThat(call.hasHeader("Cookie"), is(false));
    }

    @Test
    void stateChangingCallWithoutTheCsrfHeaderIsForbiddenAndNotForwarded() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            given().header("Cookie", pat.cookieHeader())
                    .contentType("application/json")
                    .body("{}")
                    .when()
                    .request(method, "/api/v1/patients/me")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:motus:problem:forbidden"))
                    .body("detail", containsString("X-Requested-By"));
        }
        assertThat(patients.received(), empty());
    }

    @Test
    void crossOriginStateChangingCallIsForbidden() {
        given().header("Cookie", pat.cookieHeader())
                .header("X-Requested-By", "motus-web")
                .header("Origin", "https://evil.example")
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/patients/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        assertThat(patients.received(), empty());
    }

    @Test
    void csrfGuardAlsoCoversTheGatewaysOwnApi() {
        given().header("Cookie", pat.cookieHeader())
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void serviceThatIsDownAnswersUnavailableProblemWithRetryAfter() {
        given().header("Cookie", pat.cookieHeader())
                .when()
                .get("/api/v1/down/anything")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:motus:problem:upstream-unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("The service behind /api/v1/down is not reachable right now."));
    }

    @Test
    void aServiceThatDiesMidCallAnswersUnavailableProblemNotSilence() throws Exception {
        serviceThatDiesMidCallAnswersUnavailableProblem(HttpClient.Version.HTTP_1_1);
    }

    @Test
    void aServiceThatDiesMidCallAnswersUnavailableProblemAlsoAfterAnH2cUpgrade() throws Exception {
        serviceThatDiesMidCallAnswersUnavailableProblem(HttpClient.Version.HTTP_2);
    }

    private void serviceThatDiesMidCallAnswersUnavailableProblem(HttpClient.Version version) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/dies/check-ins"))
                .header("Cookie", pat.cookieHeader())
                .header("X-Requested-By", "motus-web")
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"pain\":3}"))
                .build();
        HttpResponse<String> answer =
                HttpClient.newBuilder().version(version).build().send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode(), equalTo(503));
        assertThat(answer.headers().firstValue("Content-Type").orElse(""), containsString("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After").orElse(""), equalTo("5"));
        assertThat(answer.body(), containsString("urn:motus:problem:upstream-unavailable"));
    }

    @Test
    void silentServiceTimesOutInsteadOfHanging() {
        Instant start = Instant.now();
        given().header("Cookie", pat.cookieHeader())
                .when()
                .get("/api/v1/silent/anything")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:motus:problem:upstream-unavailable"))
                .body(
                        "detail",
                        containsString(
                                "did not answer within " + FakeServicesResource.UPSTREAM_TIMEOUT_SECONDS + " s"));
        assertThat(Duration.between(start, Instant.now()), lessThan(Duration.ofSeconds(10)));
    }
}
