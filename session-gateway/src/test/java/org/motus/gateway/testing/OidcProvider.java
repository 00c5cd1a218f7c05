package org.motus.gateway.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The OIDC provider side of a login, on quarkus-test-oidc-server's WireMock "Keycloak": its
 * discovery document, keys, and authorization and end-session endpoints are the test resource's;
 * this class makes its token endpoint answer the code exchange with a given person's tokens.
 */
public final class OidcProvider {

    public static final String REALM_PATH = "/auth/realms/quarkus";
    public static final String TOKEN_PATH = REALM_PATH + "/token";
    public static final String END_SESSION_PATH = REALM_PATH + "/protocol/openid-connect/end-session";

    private OidcProvider() {}

    /** The next authorization-code exchange returns these tokens (the latest stub wins in WireMock). */
    public static Person.Tokens nextLoginIs(WireMockServer oidc, Person person) {
        Person.Tokens tokens = person.issueTokens();
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
}
