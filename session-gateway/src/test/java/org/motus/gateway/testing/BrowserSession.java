package org.motus.gateway.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar going through the real login: GET /login on the gateway, the redirect to
 * the provider's authorization endpoint (state, PKCE challenge), the provider's redirect back with
 * a code, the gateway's code exchange and session cookie, and /login sending the user on to /.
 * Redirects are followed by hand so each hop can be checked.
 */
public final class BrowserSession {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI gateway;

    /** What the login saw on its way, for tests that check the hops. */
    public record Login(
            URI authorizationRequest, URI callback, URI afterCallback, URI afterLogin, Person.Tokens tokens) {}

    private Login login;

    private BrowserSession(URI gateway) {
        this.gateway = gateway;
    }

    public static BrowserSession anonymous() {
        return new BrowserSession(URI.create("http://localhost:" + RestAssured.port));
    }

    public static BrowserSession signIn(WireMockServer oidc, Person person) {
        return signIn(oidc, person, person.issueTokens());
    }

    /** Signs in with the provider answering the code exchange with {@code tokens}. */
    public static BrowserSession signIn(WireMockServer oidc, Person person, Person.Tokens tokens) {
        BrowserSession session = anonymous();
        session.login = session.logIn(oidc, person, tokens);
        return session;
    }

    /**
     * The code flow only as far as the gateway's callback, the provider answering the code exchange with
     * {@code tokens}: the session cookie is set and no request has used it yet.
     */
    public static BrowserSession untilCallback(WireMockServer oidc, Person person, Person.Tokens tokens) {
        OidcProvider.nextLoginIs(oidc, tokens);
        BrowserSession session = anonymous();
        Map<String, String> query = queryOf(redirectOf(session.get(session.gateway.resolve("/login"))));
        session.get(URI.create(query.get("redirect_uri") + "?state=" + encode(query.get("state")) + "&code="
                + encode("code-for-" + person.username())));
        return session;
    }

    public Login login() {
        return login;
    }

    private Login logIn(WireMockServer oidc, Person person, Person.Tokens issued) {
        Person.Tokens tokens = OidcProvider.nextLoginIs(oidc, issued);

        HttpResponse<String> toProvider = get(gateway.resolve("/login"));
        URI authorizationRequest = redirectOf(toProvider);
        if (!authorizationRequest.toString().startsWith(oidc.baseUrl())) {
            throw new AssertionError("/login should redirect to the OIDC provider, got " + authorizationRequest);
        }

        // The provider authenticates the user and sends the browser back with a code.
        Map<String, String> query = queryOf(authorizationRequest);
        URI callback = URI.create(query.get("redirect_uri") + "?state=" + encode(query.get("state")) + "&code="
                + encode("code-for-" + person.username()));
        URI afterCallback = redirectOf(get(callback));
        URI afterLogin = redirectOf(get(gateway.resolve(afterCallback)));
        return new Login(authorizationRequest, callback, afterCallback, afterLogin, tokens);
    }

    public HttpResponse<String> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return get(gateway.resolve(path));
    }

    /** The Cookie header this browser would send to the gateway, for RestAssured calls. */
    public String cookieHeader() {
        return cookies.getCookieStore().get(gateway).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The value of this browser's cookie {@code name} for the gateway, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().get(gateway).stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public boolean hasCookieStartingWith(String prefix) {
        return cookies.getCookieStore().get(gateway).stream()
                .anyMatch(c -> c.getName().startsWith(prefix));
    }

    public static URI redirectOf(HttpResponse<?> response) {
        if (response.statusCode() / 100 != 3) {
            throw new AssertionError("expected a redirect from " + response.uri() + ", got " + response.statusCode()
                    + ": " + response.body());
        }
        return response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new AssertionError("redirect without Location from " + response.uri())));
    }

    public static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() == null) {
            return query;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(key, value);
        }
        return query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
