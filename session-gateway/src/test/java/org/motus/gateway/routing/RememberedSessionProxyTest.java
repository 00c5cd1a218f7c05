package org.motus.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeService;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.OidcProvider;
import org.motus.gateway.testing.Person;
import org.motus.gateway.testing.ProductionRecheck;
import org.motus.localpostgres.PostgresTestResource;

/**
 * The short way (RememberedSessionProxy) serves a remembered session's proxied calls with that
 * session's own token, and every call it must not serve takes the long way and gets the long way's
 * answer: a tampered or unknown reference, two session cookies, an ended session, tokens about to be
 * refreshed, a cross-site write, a body over the limit. Whether the short way served a call is read from
 * its counter; ApiProxyOnRememberedSessionsTest and RememberedSessionWriteLimitTest run the proxy's and
 * the write limit's whole tests on it.
 */
@QuarkusTest
@TestProfile(ProductionRecheck.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class RememberedSessionProxyTest {

    private static final String OWN_RECORD = "/api/v1/patients/me";

    @OidcWireMock
    WireMockServer oidc;

    @Inject
    MeterRegistry registry;

    private final FakeService patients = FakeServicesResource.patientService();
    private final Person pat = Person.patient("pat", "Pat", "Patient");
    private final Person sam = Person.patient("sam", "Sam", "Other");

    @BeforeEach
    void forget() {
        patients.forget();
    }

    @Test
    void aRememberedSessionsCallGoesToItsServiceWithItsOwnTokenAndNoCookie() {
        BrowserSession browser = remembered(pat);
        double before = served();

        Response answer = call(browser.cookieHeader(), OWN_RECORD);

        assertThat(answer.statusCode(), equalTo(200));
        assertThat(served() - before, equalTo(1.0));
        FakeService.Received call = patients.last();
        assertThat(
                call.header("Authorization"),
                equalTo("Bearer " + browser.login().tokens().accessToken()));
        assertThat(call.hasHeader("Cookie"), is(false));
    }

    @Test
    void twoPatientsInterleavedEachCarryTheirOwnTokenAndNeitherSeesTheOthersRecord() {
        BrowserSession patBrowser = remembered(pat);
        BrowserSession samBrowser = remembered(sam);
        UUID samsId = FakePatients.patient(sam);
        UUID patsId = FakePatients.patient(pat);
        double before = served();

        for (int round = 0; round < 10; round++) {
            assertThat(
                    call(patBrowser.cookieHeader(), "/api/v1/patients/" + samsId)
                            .statusCode(),
                    equalTo(404));
            assertThat(
                    patients.last().header("Authorization"),
                    equalTo("Bearer " + patBrowser.login().tokens().accessToken()));
            assertThat(
                    call(samBrowser.cookieHeader(), "/api/v1/patients/" + samsId)
                            .statusCode(),
                    equalTo(200));
            assertThat(
                    patients.last().header("Authorization"),
                    equalTo("Bearer " + samBrowser.login().tokens().accessToken()));
            assertThat(
                    call(samBrowser.cookieHeader(), "/api/v1/patients/" + patsId)
                            .statusCode(),
                    equalTo(404));
        }
        assertThat(served() - before, equalTo(30.0));
    }

    @Test
    void aTamperedReferenceIsRefusedTheLongWay() {
        BrowserSession browser = remembered(pat);
        String reference = browser.cookie("q_session");
        char last = reference.charAt(reference.length() - 1);
        String tampered = reference.substring(0, reference.length() - 1) + (last == 'A' ? 'B' : 'A');
        double before = served();

        Response answer = call("q_session=" + tampered, OWN_RECORD);

        assertThat(answer.statusCode(), equalTo(401));
        assertThat(answer.contentType(), equalTo("application/problem+json"));
        assertThat(served() - before, equalTo(0.0));
        assertThat(patients.received(), empty());
    }

    @Test
    void anUnknownOrMalformedReferenceIsRefusedTheLongWay() {
        remembered(pat);
        double before = served();

        for (String cookie : new String[] {
            "q_session=" + "A".repeat(43), "q_session=" + "A".repeat(42) + "!", "q_session=", "q_session=x|y|z"
        }) {
            assertThat(cookie, call(cookie, OWN_RECORD).statusCode(), equalTo(401));
        }
        assertThat(served() - before, equalTo(0.0));
        assertThat(patients.received(), empty());
    }

    @Test
    void twoSessionCookiesTakeTheLongWay() {
        BrowserSession patBrowser = remembered(pat);
        BrowserSession samBrowser = remembered(sam);
        double before = served();

        call(
                "q_session=" + patBrowser.cookie("q_session") + "; q_session=" + samBrowser.cookie("q_session"),
                OWN_RECORD);

        assertThat(served() - before, equalTo(0.0));
    }

    @Test
    void aSessionKeycloakEndedIsRefusedAtOnceAndItsCookieDeleted() {
        BrowserSession browser = remembered(pat);
        assertThat(call(browser.cookieHeader(), OWN_RECORD).statusCode(), equalTo(200));

        given().contentType("application/x-www-form-urlencoded")
                .formParam(
                        "logout_token", pat.logoutToken(browser.login().tokens().sid()))
                .post("/back-channel-logout")
                .then()
                .statusCode(200);
        patients.forget();
        double before = served();

        Response answer = call(browser.cookieHeader(), OWN_RECORD);

        assertThat(answer.statusCode(), equalTo(401));
        assertThat(answer.getHeader("Set-Cookie"), startsWith("q_session=;"));
        assertThat(served() - before, equalTo(0.0));
        assertThat(patients.received(), empty());
    }

    @Test
    void aSignedOutSessionIsRefused() {
        BrowserSession browser = remembered(pat);
        String cookies = browser.cookieHeader();
        assertThat(call(cookies, OWN_RECORD).statusCode(), equalTo(200));

        browser.get("/logout");
        patients.forget();
        double before = served();

        assertThat(call(cookies, OWN_RECORD).statusCode(), equalTo(401));
        assertThat(served() - before, equalTo(0.0));
        assertThat(patients.received(), empty());
    }

    @Test
    void tokensAboutToBeRefreshedTakeTheLongWayWhichRefreshesThem() {
        // Inside the 30 s refresh skew from the start: never remembered, the long way refreshes them.
        FakePatients.patient(pat);
        Person.Tokens expiring = pat.issueTokens("sid-short-" + System.nanoTime(), 10);
        OidcProvider.refreshOf(oidc, expiring.refreshToken(), pat.issueTokens(expiring.sid(), 300));
        // Only the code exchange: the next request is the first one with the new session's cookie.
        BrowserSession browser = BrowserSession.untilCallback(oidc, pat, expiring);
        String before = browser.cookie("q_session");
        double servedBefore = served();

        assertThat(browser.get(OWN_RECORD).statusCode(), equalTo(200));

        assertThat(served() - servedBefore, equalTo(0.0));
        assertThat(browser.cookie("q_session"), not(equalTo(before)));
        // The refreshed tokens are remembered like any others: the short way serves them next.
        browser.get("/api/v1/me");
        double afterRefresh = served();
        assertThat(browser.get(OWN_RECORD).statusCode(), equalTo(200));
        assertThat(served() - afterRefresh, equalTo(1.0));
    }

    @Test
    void aCrossSiteWriteOrOneWithoutTheCsrfHeaderIsRefusedTheLongWay() {
        BrowserSession browser = remembered(pat);
        double before = served();

        Response crossSite = given().header("Cookie", browser.cookieHeader())
                .header("X-Requested-By", "motus-web")
                .header("Origin", "https://evil.example")
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/patients/me/check-ins");
        Response withoutHeader = given().header("Cookie", browser.cookieHeader())
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/patients/me/check-ins");

        assertThat(crossSite.statusCode(), equalTo(403));
        assertThat(withoutHeader.statusCode(), equalTo(403));
        assertThat(served() - before, equalTo(0.0));
        assertThat(patients.received(), empty());
    }

    @Test
    void aSameSiteWriteIsServedWithItsBody() {
        BrowserSession browser = remembered(pat);
        double before = served();

        Response answer = given().header("Cookie", browser.cookieHeader())
                .header("X-Requested-By", "motus-web")
                .header("Origin", "http://localhost:" + RestAssured.port)
                .contentType("application/json")
                .body("{\"kind\":\"DAILY\",\"pain\":4}")
                .post("/api/v1/patients/me/check-ins");

        assertThat(answer.statusCode(), equalTo(200));
        assertThat(served() - before, equalTo(1.0));
        assertThat(patients.last().method(), equalTo("POST"));
        assertThat(patients.last().body(), equalTo("{\"kind\":\"DAILY\",\"pain\":4}"));
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedTheLongWay() throws Exception {
        BrowserSession browser = remembered(pat);
        double before = served();

        String status;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/patients/me/check-ins HTTP/1.1\r\nHost: localhost:" + RestAssured.port
                            + "\r\nCookie: " + browser.cookieHeader()
                            + "\r\nX-Requested-By: motus-web\r\nContent-Type: application/json"
                            + "\r\nContent-Length: " + (64L * 1024 * 1024) + "\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }

        assertThat(status, startsWith("HTTP/1.1 413"));
        assertThat(served() - before, equalTo(0.0));
        assertThat(patients.received(), empty());
    }

    @Test
    void theShortWayAnswersWithTheLongWaysHeaders() {
        BrowserSession browser = remembered(pat);
        double before = served();

        // A browser's Authorization header sends a call the long way (and is never forwarded).
        Response longWay = given().header("Cookie", browser.cookieHeader())
                .header("Authorization", "Bearer from-the-browser")
                .get(OWN_RECORD);
        assertThat(served() - before, equalTo(0.0));
        Response shortWay = call(browser.cookieHeader(), OWN_RECORD);
        assertThat(served() - before, equalTo(1.0));

        assertThat(shortWay.statusCode(), equalTo(longWay.statusCode()));
        assertThat(headers(shortWay), equalTo(headers(longWay)));
        assertThat(shortWay.body().asString(), equalTo(longWay.body().asString()));
    }

    @Test
    void everyPermissionOnTheApiAsksOnlyForASignedInCaller() {
        // The short way checks no HTTP permission: it serves signed-in callers only, which is all that
        // application.properties asks of /api today. A role-based or deny permission on an /api path
        // must come with a check on the short way (or keep that path off it), and this test says so.
        Config config = ConfigProvider.getConfig();
        Map<String, String> apiPolicies = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("quarkus.http.auth.permission.") && name.endsWith(".paths")) {
                String permission = name.substring(0, name.length() - ".paths".length());
                String paths = config.getOptionalValue(name, String.class).orElse("");
                boolean api = java.util.Arrays.stream(paths.split(","))
                        .map(String::strip)
                        .anyMatch(path -> path.equals("/*") || path.equals("/api") || path.startsWith("/api/"));
                if (api) {
                    apiPolicies.put(
                            permission,
                            config.getOptionalValue(permission + ".policy", String.class)
                                    .orElse("?"));
                }
            }
        }
        assertThat(apiPolicies.isEmpty(), is(false));
        assertThat(
                apiPolicies.toString(), Set.of("authenticated", "permit").containsAll(apiPolicies.values()), is(true));
    }

    /** Signed in, with one call of the gateway's own API made: the replica confirmed and verified the session. */
    private BrowserSession remembered(Person person) {
        FakePatients.patient(person);
        BrowserSession browser = BrowserSession.signIn(oidc, person);
        assertThat(browser.get("/api/v1/me").statusCode(), equalTo(200));
        return browser;
    }

    private static Response call(String cookies, String path) {
        return given().header("Cookie", cookies).get(path);
    }

    private double served() {
        return registry.counter("motus.gateway.api.remembered-sessions").count();
    }

    /** Header names and values, but the date and the request's own timing. */
    private static Map<String, String> headers(Response response) {
        return response.headers().asList().stream()
                .filter(h -> !h.getName().equalsIgnoreCase("Date"))
                .collect(Collectors.toMap(
                        h -> h.getName().toLowerCase(Locale.ROOT),
                        h -> h.getValue(),
                        (a, b) -> a + ", " + b,
                        TreeMap::new));
    }
}
