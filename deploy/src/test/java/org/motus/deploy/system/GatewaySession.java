package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.motus.deploy.assembly.Layout;

/**
 * What a browser does against the gateway, without a browser: follows redirects by hand through
 * the OIDC code flow, fills in Keycloak's real login form, and keeps cookies itself.
 *
 * <p>Its own cookie jar because Keycloak's cookies are {@code Secure; SameSite=None}: browsers
 * send them to {@code http://localhost} (a trustworthy origin), but Java's CookieManager drops
 * them over http and Keycloak would answer {@code cookie_not_found}. Like a browser, the jar
 * ignores ports (cookies for localhost are shared by the gateway and Keycloak) and honours paths.
 */
final class GatewaySession {

    private static final int MAX_REDIRECTS = 12;

    private final Layout layout;
    private final Map<String, HttpCookie> cookies = new LinkedHashMap<>();
    private final List<String> trail = new ArrayList<>();

    GatewaySession(Layout layout) {
        this.layout = layout;
    }

    /** Signs {@code user} in through {@code GET /login}, Keycloak's login page and the code exchange; ends on the web app. */
    GatewaySession signIn(DemoUser user) {
        HttpResponse<String> loginPage = follow(get(layout.gatewayUrl() + "/login"));
        assertEquals(
                200,
                loginPage.statusCode(),
                () -> "expected Keycloak's login page: " + Http.describe(loginPage) + trail());
        assertTrue(
                loginPage.uri().toString().startsWith(layout.keycloakUrl()),
                () -> "not on Keycloak: " + loginPage.uri() + trail());

        HttpResponse<String> afterPassword = follow(send(HttpRequest.newBuilder(
                        formAction(loginPage, KeycloakForms.LOGIN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form(Map.of("username", user.username, "password", user.password, "credentialId", "")))));
        // Therapists and admins: the realm's flow asks for the authenticator's one-time code next.
        HttpResponse<String> afterLogin = !user.needsOneTimeCode()
                ? afterPassword
                : follow(send(HttpRequest.newBuilder(formAction(afterPassword, KeycloakForms.ONE_TIME_CODE))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(Http.form(Map.of("otp", user.oneTimeCode())))));
        assertEquals(
                200, afterLogin.statusCode(), () -> "after the login form: " + Http.describe(afterLogin) + trail());
        assertEquals(
                layout.gatewayUrl() + "/", afterLogin.uri().toString(), () -> "should end on the web app" + trail());
        return this;
    }

    boolean hasCookies() {
        return !cookies.isEmpty();
    }

    /** GET on the gateway with this session's cookies, as the web app's fetch does (no redirects). */
    HttpResponse<String> api(String path) {
        return send(HttpRequest.newBuilder(URI.create(layout.gatewayUrl() + path))
                .header("Accept", "application/json")
                .GET());
    }

    /** A write on the gateway with this session's cookies and a JSON body, as the web app sends it (CSRF header). */
    HttpResponse<String> send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(layout.gatewayUrl() + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-Requested-By", "motus-web")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest probe = request.copy().build();
        String cookieHeader = cookiesFor(probe.uri());
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        HttpResponse<String> response = Http.send(request);
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
                String path = cookie.getPath() == null ? "/" : cookie.getPath();
                cookie.setPath(path);
                String key = cookie.getName() + ";" + path;
                if (cookie.getMaxAge() == 0 || cookie.hasExpired()) {
                    cookies.remove(key);
                } else {
                    cookies.put(key, cookie);
                }
            }
        }
        trail.add(probe.method() + " " + probe.uri() + " -> " + response.statusCode()
                + response.headers()
                        .firstValue("Location")
                        .map(location -> " Location: " + location)
                        .orElse(""));
        return response;
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < MAX_REDIRECTS && isRedirect(current.statusCode()); hop++) {
            HttpResponse<String> from = current;
            String location = from.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new AssertionError("redirect without Location: " + Http.describe(from)));
            current = get(from.uri().resolve(location).toString());
        }
        return current;
    }

    private String cookiesFor(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return cookies.values().stream()
                .filter(cookie -> path.startsWith(cookie.getPath()) || (path + "/").equals(cookie.getPath()))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private URI formAction(HttpResponse<String> page, String formId) {
        return KeycloakForms.action(page.body(), page.uri(), formId)
                .orElseThrow(() ->
                        new AssertionError("no " + formId + " on Keycloak's page: " + Http.describe(page) + trail()));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private String trail() {
        return trail.stream()
                .collect(Collectors.joining(
                        System.lineSeparator() + "  ",
                        System.lineSeparator() + "requests:" + System.lineSeparator() + "  ",
                        ""));
    }
}
