package org.motus.gateway.session;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.OidcProvider;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/** The browser login (code flow + PKCE) ends on /, and /logout ends both sessions. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class LoginLogoutTest {

    @OidcWireMock
    WireMockServer oidc;

    private static String gateway(String path) {
        return "http://localhost:" + RestAssured.port + path;
    }

    @Test
    void loginUsesCodeFlowWithPkceAndComesBackToTheHomePage() {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));
        BrowserSession.Login login = browser.login();

        Map<String, String> authorization = BrowserSession.queryOf(login.authorizationRequest());
        assertThat(
                authorization,
                allOf(
                        hasEntry("response_type", "code"),
                        hasEntry("client_id", "motus-gateway"),
                        hasEntry("code_challenge_method", "S256"),
                        hasKey("code_challenge"),
                        hasKey("state"),
                        hasEntry("redirect_uri", gateway("/login"))));
        assertThat(
                authorization.get("scope"),
                allOf(containsString("openid"), containsString("profile"), containsString("email")));

        // The code was exchanged with the PKCE verifier.
        oidc.verify(postRequestedFor(urlEqualTo(OidcProvider.TOKEN_PATH))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=code-for-pat"))
                .withRequestBody(containing("code_verifier=")));

        assertThat(login.afterCallback().getPath(), equalTo("/login"));
        assertThat(login.afterCallback().getQuery(), nullValue());
        assertThat(login.afterLogin(), equalTo(URI.create(gateway("/"))));
        assertThat(browser.hasCookieStartingWith("q_session"), is(true));
    }

    @Test
    void sessionCookieCarriesNoTokenAndIsHttpOnlyAndSameSiteLax() {
        BrowserSession browser = BrowserSession.anonymous();
        Person.Tokens tokens = OidcProvider.nextLoginIs(oidc, Person.patient("pat", "Pat", "Patient"));
        Map<String, String> query = BrowserSession.queryOf(BrowserSession.redirectOf(browser.get("/login")));

        HttpResponse<String> callback = browser.get(URI.create(query.get("redirect_uri") + "?state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8) + "&code=abc"));

        List<String> sessionCookies = callback.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("q_session"))
                .toList();
        assertThat(sessionCookies, not(List.of()));
        assertThat(
                sessionCookies,
                everyItem(allOf(
                        containsStringIgnoringCase("HttpOnly"),
                        containsStringIgnoringCase("SameSite=Lax"),
                        // Only a reference to the tokens kept server-side (LoginSessionTokensTest): no token payload.
                        not(containsString(tokens.accessToken().split("\\.")[1])),
                        not(containsString(tokens.idToken().split("\\.")[1])))));
    }

    @Test
    void logoutEndsTheKeycloakSessionAndReturnsHome() {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));

        HttpResponse<String> logout = browser.get("/logout");
        URI endSession = BrowserSession.redirectOf(logout);

        assertThat(endSession.toString(), startsWith(oidc.baseUrl() + OidcProvider.END_SESSION_PATH));
        assertThat(
                BrowserSession.queryOf(endSession),
                allOf(hasKey("id_token_hint"), hasEntry("post_logout_redirect_uri", gateway("/"))));
        assertThat(
                logout.headers().allValues("Set-Cookie"),
                hasItem(allOf(startsWith("q_session"), containsStringIgnoringCase("Max-Age=0"))));
        // A shared computer keeps nothing of the patient's: the browser clears the site's storage.
        assertThat(logout.headers().firstValue("Clear-Site-Data").orElse(null), equalTo("\"cache\", \"storage\""));
        assertThat(browser.get("/").headers().firstValue("Clear-Site-Data").isPresent(), equalTo(false));

        // The Motus session is gone: the API answers 401 again.
        assertThat(browser.get("/api/v1/me").statusCode(), equalTo(401));
    }
}
