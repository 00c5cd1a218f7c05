package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.motus.deploy.assembly.Layout;

/**
 * Keycloak's Admin REST API as the assembly's bootstrap admin (user {@code admin} of the master
 * realm, password from the home's secrets), for test fixtures a test may change freely: a person
 * of its own instead of a shared demo user.
 */
public final class KeycloakAdmin {

    private final Layout layout;
    private final String token;

    private KeycloakAdmin(Layout layout, String token) {
        this.layout = layout;
        this.token = token;
    }

    public static KeycloakAdmin signIn(Layout layout) {
        String password;
        try {
            password = Files.readString(layout.secrets().resolve("keycloak-admin-password"))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(
                        URI.create(layout.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        "admin",
                        "password",
                        password))));
        assertEquals(200, response.statusCode(), () -> "admin token: " + Http.describe(response));
        return new KeycloakAdmin(
                layout, Http.json(response).path("access_token").asText());
    }

    /** Creates an enabled user of realm motus with a verified email, a password and one realm role; returns its id. */
    String createUser(String username, String email, String firstName, String lastName, String password, String role) {
        ObjectNode user = Http.JSON
                .createObjectNode()
                .put("username", username)
                .put("email", email)
                .put("emailVerified", true)
                .put("firstName", firstName)
                .put("lastName", lastName)
                .put("enabled", true);
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        HttpResponse<String> created = send("POST", "/users", user.toString());
        assertEquals(201, created.statusCode(), () -> "create " + username + ": " + Http.describe(created));
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        HttpResponse<String> roleResponse = send("GET", "/roles/" + role, null);
        assertEquals(200, roleResponse.statusCode(), () -> "role " + role + ": " + Http.describe(roleResponse));
        ArrayNode roles = Http.JSON.createArrayNode().add(Http.json(roleResponse));
        HttpResponse<String> mapped = send("POST", "/users/" + id + "/role-mappings/realm", roles.toString());
        assertEquals(
                204, mapped.statusCode(), () -> "give " + username + " role " + role + ": " + Http.describe(mapped));
        return id;
    }

    /** The realm's user representation. */
    JsonNode user(String id) {
        HttpResponse<String> response = send("GET", "/users/" + id, null);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        return Http.json(response);
    }

    /** Keycloak's brute-force detection for a user: {@code numFailures}, {@code disabled} (locked now). */
    JsonNode bruteForceStatus(String id) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(layout.keycloakUrl()
                        + "/admin/realms/" + Layout.REALM + "/attack-detection/brute-force/users/" + id))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET());
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        return Http.json(response);
    }

    /** The id of the realm user with this exact username. */
    String userId(String username) {
        HttpResponse<String> response = send("GET", "/users?exact=true&username=" + username, null);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        JsonNode users = Http.json(response);
        assertEquals(1, users.size(), () -> "users named " + username + ": " + users);
        return users.get(0).path("id").asText();
    }

    /**
     * Waits until Keycloak lists a session of the user started at or after {@code since} (whole
     * seconds, as Keycloak records it). After a Keycloak restart (the fault suite restarts it),
     * Keycloak 26 lists a session only once it has stored it, a few seconds after the sign-in;
     * until then "sign out everywhere" does not end it, so neither would an admin in the console.
     */
    void awaitSessionSince(String userId, Instant since, Duration timeout) {
        long from = since.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode sessions;
        do {
            HttpResponse<String> response = send("GET", "/users/" + userId + "/sessions", null);
            assertEquals(200, response.statusCode(), () -> Http.describe(response));
            sessions = Http.json(response);
            for (JsonNode session : sessions) {
                if (session.path("start").asLong() >= from) {
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError(
                "Keycloak lists no session started since " + since + " within " + timeout + ": " + sessions);
    }

    /** The realm's settings (token lifespans, ...). */
    public JsonNode realm() {
        HttpResponse<String> response = send("GET", "", null);
        assertEquals(200, response.statusCode(), () -> Http.describe(response));
        return Http.json(response);
    }

    /** Changes the realm settings {@code changes} names (a partial representation), e.g. {@code accessTokenLifespan}. */
    public void updateRealm(ObjectNode changes) {
        HttpResponse<String> response = send("PUT", "", changes.toString());
        assertEquals(204, response.statusCode(), () -> Http.describe(response));
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(layout.keycloakUrl() + "/admin/realms/" + Layout.REALM + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return Http.send(request);
    }
}
