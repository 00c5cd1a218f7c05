package org.motus.gateway.webapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/** The web app (org.motus:web) is served from /, and deep links into it work once signed in. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class WebAppServingTest {

    @OidcWireMock
    WireMockServer oidc;

    @Test
    void landingPageIsTheWebAppForEveryone() {
        given().redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<script"));
    }

    @Test
    void theAppGoesCompressedAndHardenedToBrowsers() {
        String index = given().header("Accept-Encoding", "gzip")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .extract()
                .asString();
        java.util.regex.Matcher script =
                java.util.regex.Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat("index.html names its script", script.find());

        given().header("Accept-Encoding", "gzip")
                .when()
                .get(script.group(1))
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void signedInDeepLinkServesTheWebAppsIndex() {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));
        String index = given().when()
                .get("/index.html")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        HttpResponse<String> deepLink = browser.get("/today");

        assertThat(deepLink.statusCode(), equalTo(200));
        assertThat(deepLink.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(deepLink.body(), equalTo(index));
    }

    @Test
    void signedInMissingFileIsNotFoundNotTheApp() {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));

        assertThat(browser.get("/assets/missing.js").statusCode(), equalTo(404));
        assertThat(browser.get("/nothing.txt").statusCode(), equalTo(404));
    }

    @Test
    void aSignedInPatientsPageNamesTheFilesOfTheirFirstScreenAndEachIsServed() {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));

        for (String page : java.util.List.of("/", "/today")) {
            HttpResponse<String> answer = browser.get(page);
            assertThat(answer.statusCode(), equalTo(200));
            String link = String.join(", ", answer.headers().allValues("Link"));
            assertThat(link, containsString("</api/v1/me>; rel=preload; as=fetch; crossorigin"));
            assertThat(link, containsString("/assets/PatientApp-"));
            assertThat(link, org.hamcrest.Matchers.not(containsString("TherapistApp")));
            assertThat(answer.headers().allValues("Vary").toString(), containsString("Cookie"));
            // Every file named is one the gateway serves, and the entry is the one index.html names.
            java.util.regex.Matcher file =
                    java.util.regex.Pattern.compile("<(/assets/[^>]+)>").matcher(link);
            int files = 0;
            while (file.find()) {
                files++;
                assertThat(file.group(1), browser.get(file.group(1)).statusCode(), equalTo(200));
                if (file.group(1).startsWith("/assets/index-")) {
                    assertThat(answer.body(), containsString(file.group(1)));
                }
            }
            assertThat(files, org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        }
    }

    @Test
    void aTherapistsPageNamesTheTherapistsScreens() {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.therapist("theo", "Theo", "Therapist"));

        HttpResponse<String> answer = browser.get("/");

        assertThat(String.join(", ", answer.headers().allValues("Link")), containsString("/assets/TherapistApp-"));
    }

    @Test
    void signedOutPagesFilesAndTheApiNameNothing() {
        given().when().get("/").then().statusCode(200).header("Link", org.hamcrest.Matchers.nullValue());

        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));
        assertThat(browser.get("/api/v1/me").headers().allValues("Link"), org.hamcrest.Matchers.empty());
        assertThat(browser.get("/favicon.svg").headers().allValues("Link"), org.hamcrest.Matchers.empty());
        assertThat(browser.get("/assets/missing.js").headers().allValues("Link"), org.hamcrest.Matchers.empty());
    }
}
