package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.motus.deploy.assembly.Layout;

/**
 * A person signed in to the gateway through Keycloak's real login form, reduced to what a
 * WebSocket client or another gateway replica needs: the {@code Cookie} header. Java's
 * HttpClient follows the redirects; the cookie jar keeps Keycloak's {@code Secure} cookies over
 * http://localhost as a browser does (see {@link GatewaySession}) and, like a browser, ignores ports,
 * so the session cookie works on every gateway replica of this machine that shares the secret.
 */
public final class SignedIn {

    private final Jar jar = new Jar();
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .cookieHandler(jar)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static SignedIn as(DemoUser user, Layout layout) {
        SignedIn person = new SignedIn();
        HttpResponse<String> loginPage = person.send(HttpRequest.newBuilder(URI.create(layout.gatewayUrl() + "/login"))
                .GET());
        URI login = KeycloakForms.action(loginPage.body(), loginPage.uri(), KeycloakForms.LOGIN)
                .orElseThrow(() -> new AssertionError("No Keycloak login form: " + Http.describe(loginPage)));
        HttpResponse<String> afterPassword = person.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form(Map.of("username", user.username, "password", user.password, "credentialId", ""))));
        HttpResponse<String> app = afterPassword;
        if (user.needsOneTimeCode()) {
            URI oneTimeCode = KeycloakForms.action(
                            afterPassword.body(), afterPassword.uri(), KeycloakForms.ONE_TIME_CODE)
                    .orElseThrow(() -> new AssertionError(
                            "No one-time-code form for " + user + ": " + Http.describe(afterPassword)));
            app = person.send(HttpRequest.newBuilder(oneTimeCode)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(Http.form(Map.of("otp", user.oneTimeCode()))));
        }
        HttpResponse<String> signedIn = app;
        assertEquals(
                layout.gatewayUrl() + "/",
                signedIn.uri().toString(),
                () -> user + " did not end on the web app: " + Http.describe(signedIn));
        return person;
    }

    /** The Cookie header a browser would send to a gateway on this machine (any port). */
    public String cookieHeader() {
        return jar.header("/api/");
    }

    /** An /api call to {@code gatewayUrl} as the web app makes it (CSRF header on writes). */
    public HttpResponse<String> api(String method, String url, String json) {
        return api(method, url, json, Map.of());
    }

    /** As {@link #api(String, String, String)}, with more request headers (e.g. {@code Idempotency-Key}). */
    public HttpResponse<String> api(String method, String url, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .header("X-Requested-By", "motus-web");
        headers.forEach(request::header);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Http.TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Cookies by name and path, for every host and port of this machine. */
    private static final class Jar extends CookieHandler {
        private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String header = header(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(value -> HttpCookie.parse(value).forEach(cookie -> {
                        cookie.setPath(cookie.getPath() == null ? "/" : cookie.getPath());
                        String key = cookie.getName() + ";" + cookie.getPath();
                        if (cookie.getMaxAge() == 0 || cookie.hasExpired()) {
                            cookies.remove(key);
                        } else {
                            cookies.put(key, cookie);
                        }
                    }));
                }
            });
        }

        String header(String path) {
            return cookies.values().stream()
                    .filter(cookie -> path.startsWith(cookie.getPath()) || (path + "/").equals(cookie.getPath()))
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
        }
    }
}
