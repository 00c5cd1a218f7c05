package org.motus.gateway.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OIDC provider side of a login, on quarkus-test-oidc-server's WireMock "Keycloak": its
 * discovery document, keys, and authorization and end-session endpoints are the test resource's;
 * this class makes its token endpoint answer the code exchange with a given person's tokens, and the
 * gateway's service account's client-credentials grant.
 */
public final class OidcProvider {

    public static final String REALM_PATH = "/auth/realms/quarkus";
    public static final String TOKEN_PATH = REALM_PATH + "/token";
    public static final String END_SESSION_PATH = REALM_PATH + "/protocol/openid-connect/end-session";

    /** Where the gateway's notifier client asks for its service-account token (Keycloak's token path). */
    public static final String CLIENT_CREDENTIALS_PATH = REALM_PATH + "/protocol/openid-connect/token";

    private OidcProvider() {}

    /** The next authorization-code exchange returns these tokens (the latest stub wins in WireMock). */
    public static Person.Tokens nextLoginIs(WireMockServer oidc, Person person) {
        return nextLoginIs(oidc, person.issueTokens());
    }

    /** The next authorization-code exchange returns these tokens. */
    public static Person.Tokens nextLoginIs(WireMockServer oidc, Person.Tokens tokens) {
        oidc.stubFor(post(TOKEN_PATH)
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"access_token": "%s", "id_token": "%s", "refresh_token": "%s",
                                 "token_type": "Bearer", "expires_in": 300}
                                """.formatted(tokens.accessToken(), tokens.idToken(), tokens.refreshToken()))));
        return tokens;
    }

    /** A refresh-token grant with {@code refreshToken} returns {@code tokens} (Keycloak's answer to a refresh). */
    public static void refreshOf(WireMockServer oidc, String refreshToken, Person.Tokens tokens) {
        oidc.stubFor(post(TOKEN_PATH)
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"access_token": "%s", "id_token": "%s", "refresh_token": "%s",
                                 "token_type": "Bearer", "expires_in": 300}
                                """.formatted(tokens.accessToken(), tokens.idToken(), tokens.refreshToken()))));
    }

    /**
     * The token endpoint gives the gateway's service account (client motus-notifier with its test
     * secret, realm role notifier) a token for the client-credentials grant, as Keycloak does with
     * deploy/'s realm; a request with another client or secret gets nothing from this stub.
     */
    public static void serviceAccountTokensForTheNotifier(WireMockServer oidc) {
        String token = Jwt.issuer(Person.ISSUER)
                .subject("service-account-motus-notifier")
                .audience(Set.of("motus-api"))
                .claim("azp", "motus-notifier")
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of("notifier")))
                .expiresIn(300)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
        String basic = Base64.getEncoder()
                .encodeToString("motus-notifier:test-notifier-secret".getBytes(StandardCharsets.UTF_8));
        oidc.stubFor(post(CLIENT_CREDENTIALS_PATH)
                .withRequestBody(containing("grant_type=client_credentials"))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"access_token": "%s", "token_type": "Bearer", "expires_in": 300}
                                """.formatted(token))));
    }
}
