package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.motus.deploy.assembly.Layout;

/**
 * A demo user's real access token from Keycloak, via the demo-only motus-test client's password
 * grant; therapists and admins add their current one-time code ({@code totp}), as the realm's
 * direct-grant flow asks everyone enrolled in OTP.
 */
final class KeycloakTokens {

    private KeycloakTokens() {}

    /** A user not enrolled in OTP (made by the test): the password alone. */
    static String accessToken(Layout layout, String username, String password) {
        return token(
                layout,
                new LinkedHashMap<>(Map.of(
                        "grant_type", "password",
                        "client_id", "motus-test",
                        "username", username,
                        "password", password,
                        "scope", "openid profile email")));
    }

    static String accessToken(Layout layout, DemoUser user) {
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "grant_type", "password",
                "client_id", "motus-test",
                "username", user.username,
                "password", user.password,
                "scope", "openid profile email"));
        if (user.needsOneTimeCode()) {
            form.put("totp", user.oneTimeCode());
        }
        return token(layout, form);
    }

    /** The demo-only machine client's token (client credentials) with the SMART scopes it asks for. */
    static String clientToken(Layout layout, String scope) {
        return token(
                layout,
                new LinkedHashMap<>(Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "motus-ehr",
                        "client_secret", "motus-ehr-demo-only-secret",
                        "scope", scope)));
    }

    private static String token(Layout layout, Map<String, String> form) {
        HttpResponse<String> response =
                Http.send(HttpRequest.newBuilder(URI.create(layout.issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(Http.form(form)));
        assertEquals(
                200, response.statusCode(), () -> "token for " + form.get("username") + ": " + Http.describe(response));
        return Http.json(response).path("access_token").asText();
    }
}
