package org.motus.gateway.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A demo user as Keycloak would describe them, and the tokens Keycloak would issue to the gateway
 * for them: an ID token for the client motus-gateway and an access token for motus-api carrying
 * realm roles (with Keycloak's own default roles mixed in), signed with the WireMock OIDC server's key.
 */
public record Person(
        String subject, String username, String givenName, String familyName, String email, List<String> roles) {

    public static final String ISSUER = "https://server.example.com";
    public static final String CLIENT_ID = "motus-gateway";
    private static final String SIGNING_KEY = "privateKey.jwk";

    public static Person patient(String username, String givenName, String familyName) {
        return new Person(
                UUID.randomUUID().toString(),
                username,
                givenName,
                familyName,
                username + "@example.org",
                List.of("patient"));
    }

    public static Person therapist(String username, String givenName, String familyName) {
        return new Person(
                UUID.randomUUID().toString(),
                username,
                givenName,
                familyName,
                username + "@example.org",
                List.of("therapist"));
    }

    public static Person admin(String username, String givenName, String familyName) {
        return new Person(
                UUID.randomUUID().toString(),
                username,
                givenName,
                familyName,
                username + "@example.org",
                List.of("admin"));
    }

    public String name() {
        return givenName + " " + familyName;
    }

    public Tokens issueTokens() {
        return issueTokens(UUID.randomUUID().toString(), 300);
    }

    /** Tokens of the login session {@code sid} that expire in {@code lifetimeSeconds} (a refresh issues such tokens again). */
    public Tokens issueTokens(String sid, long lifetimeSeconds) {
        return new Tokens(
                idToken(sid, lifetimeSeconds), accessToken(lifetimeSeconds), "refresh-" + UUID.randomUUID(), sid);
    }

    /** Keycloak's back-channel logout token for one of this person's sessions, as it posts it to the gateway. */
    public String logoutToken(String sid) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(CLIENT_ID)
                .claim("typ", "Logout")
                .claim("sid", sid)
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .expiresIn(300)
                .jws()
                .keyId("1")
                .sign(SIGNING_KEY);
    }

    private String idToken(String sid, long lifetimeSeconds) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(CLIENT_ID)
                .claim("sid", sid)
                .claim("azp", CLIENT_ID)
                .claim("typ", "ID")
                .claim("preferred_username", username)
                .claim("name", name())
                .claim("given_name", givenName)
                .claim("family_name", familyName)
                .claim("email", email)
                .expiresIn(lifetimeSeconds)
                .jws()
                .keyId("1")
                .sign(SIGNING_KEY);
    }

    private String accessToken(long lifetimeSeconds) {
        List<String> realmRoles = new ArrayList<>(roles);
        realmRoles.addAll(List.of("offline_access", "uma_authorization", "default-roles-motus"));
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(Set.of("motus-api", "account"))
                .claim("azp", CLIENT_ID)
                .claim("typ", "Bearer")
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", realmRoles))
                .expiresIn(lifetimeSeconds)
                .jws()
                .keyId("1")
                .sign(SIGNING_KEY);
    }

    /** {@code sid}: Keycloak's id of the login session, in the ID token (and in a logout token for it). */
    public record Tokens(String idToken, String accessToken, String refreshToken, String sid) {}
}
