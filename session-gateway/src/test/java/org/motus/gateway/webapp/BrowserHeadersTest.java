package org.motus.gateway.webapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Every kind of answer a browser gets carries the hardening headers, and each kind of file is
 * cached as long as it may be: entry points revalidated, hashed assets kept a year, errors never.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class BrowserHeadersTest {

    @OidcWireMock
    WireMockServer oidc;

    @Test
    void landingPageAndIndexAreRevalidatedOnEveryLoad() {
        for (String path : new String[] {"/", "/index.html", "/sw.js", "/manifest.json"}) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", BrowserCaching.REVALIDATE)
                    .header("Content-Security-Policy", containsString("script-src 'self'"));
        }
    }

    @Test
    void hashedAssetsAreImmutableAndOtherFilesKeptADay() {
        String script = firstScriptOf(given().get("/").asString());

        given().when()
                .get(script)
                .then()
                .statusCode(200)
                .header("Cache-Control", BrowserCaching.HASHED_ASSET)
                .header("X-Content-Type-Options", "nosniff");
        given().when()
                .get("/favicon.svg")
                .then()
                .statusCode(200)
                .header("Cache-Control", BrowserCaching.OTHER_FILE)
                .header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void aMissingFileIsNeverKept() {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));

        HttpResponse<String> missing = browser.get("/assets/missing-0123abcd.js");

        assertThat(missing.statusCode(), equalTo(404));
        assertThat(missing.headers().firstValue("Cache-Control").orElse(""), equalTo("no-store"));
        assertHardened(missing.headers());
    }

    @Test
    void deepLinksApiAnswersProblemsAndHealthAreHardenedToo() {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));

        HttpResponse<String> deepLink = browser.get("/today");
        assertThat(deepLink.statusCode(), equalTo(200));
        assertThat(deepLink.headers().firstValue("Cache-Control").orElse(""), equalTo(BrowserCaching.REVALIDATE));
        assertHardened(deepLink.headers());

        HttpResponse<String> me = browser.get("/api/v1/me");
        assertThat(me.statusCode(), equalTo(200));
        assertHardened(me.headers());

        HttpResponse<String> unknownApi = browser.get("/api/v1/no-such-thing");
        assertThat(unknownApi.statusCode(), equalTo(404));
        assertHardened(unknownApi.headers());

        HttpResponse<String> anonymousApi = BrowserSession.anonymous().get("/api/v1/me");
        assertThat(anonymousApi.statusCode(), equalTo(401));
        assertHardened(anonymousApi.headers());

        HttpResponse<String> health = BrowserSession.anonymous().get("/q/health/live");
        assertThat(health.statusCode(), equalTo(200));
        assertHardened(health.headers());
    }

    @Test
    void thePolicyAllowsNoInlineScriptNoFramingAndCameraOnlyForThisSite() {
        String csp = given().get("/").header("Content-Security-Policy");
        assertThat(csp, not(containsString("unsafe-inline")));
        assertThat(csp, not(containsString("unsafe-eval")));
        assertThat(csp, containsString("frame-ancestors 'none'"));
        assertThat(csp, containsString("object-src 'none'"));
        assertThat(csp, containsString("connect-src 'self'"));

        String permissions = given().get("/").header("Permissions-Policy");
        assertThat(permissions, containsString("camera=(self)"));
        assertThat(permissions, containsString("microphone=(self)"));
        assertThat(permissions, containsString("geolocation=()"));
    }

    @Test
    void theBuiltPageHasNoInlineScriptForThePolicyToBlock() {
        String index = given().get("/index.html").asString();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(index);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat("every script is a file: " + scripts.group(), scripts.group(1), containsString("src="));
        }
        assertThat("index.html loads the app", count > 0);
        assertThat(index, not(containsString(" style=")));
    }

    @Test
    void theEntrysInlineStyleIsAllowedByItsHashAndNoOtherInlineStyleIs() throws Exception {
        String index = given().get("/index.html").asString();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(index);
        assertThat("the web build puts the entry's CSS inside index.html", style.find());
        byte[] digest =
                MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8));
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";

        BrowserSession patient = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));
        for (HttpResponse<String> answer : List.of(
                BrowserSession.anonymous().get("/"),
                BrowserSession.anonymous().get("/index.html"),
                patient.get("/"),
                patient.get("/today"),
                patient.get("/api/v1/me"))) {
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(answer.uri().getPath(), csp, containsString("style-src 'self' " + hash + ";"));
            assertThat(answer.uri().getPath(), csp, not(containsString("unsafe-inline")));
        }
    }

    @Test
    void productionAlsoSendsStrictTransportSecurity() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        String hsts = properties.getProperty("%prod.quarkus.http.header.\"Strict-Transport-Security\".value", "");
        assertThat(hsts, containsString("max-age=31536000"));
        assertThat(
                "not in the test profile: HSTS on a test server would stick to localhost",
                given().get("/").header("Strict-Transport-Security"),
                equalTo(null));
    }

    private static void assertHardened(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy").orElse(""), containsString("default-src 'self'"));
        assertThat(headers.firstValue("Permissions-Policy").orElse(""), containsString("camera=(self)"));
        assertThat(headers.firstValue("X-Content-Type-Options").orElse(""), equalTo("nosniff"));
    }

    private static String firstScriptOf(String index) {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat("index.html names its script", script.find());
        return script.group(1);
    }
}
