package org.motus.gateway.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Asked before quarkus-oidc for a browser session's identity: when this replica verified the very same
 * ID and access tokens lately ({@link VerifiedIdentities}), the identity is served again with this
 * request's context; otherwise (no session tokens, a bearer call on /fhir, new or refreshed tokens) it
 * answers nothing and quarkus-oidc verifies as usual, and {@link RememberVerifiedIdentity} keeps what it built.
 */
@ApplicationScoped
class RememberedIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Set on a request served from memory, so its identity is not remembered again. */
    static final String SERVED = RememberedIdentityProvider.class.getName() + ".served";

    private final VerifiedIdentities verified;

    RememberedIdentityProvider(VerifiedIdentities verified) {
        this.verified = verified;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider (the default, 1001). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof IdTokenCredential idToken)) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        Optional<String> accessToken = codeFlowAccessToken(routing);
        if (accessToken.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        Optional<SecurityIdentity> remembered = verified.recall(idToken.getToken(), accessToken.get());
        if (remembered.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        routing.put(SERVED, Boolean.TRUE);
        // The identity carries the request it was built for; this request is another one.
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(remembered.get())
                        .addAttribute(RoutingContext.class.getName(), routing)
                        .addAttribute(
                                AuthenticationRequestContext.class.getName(),
                                routing.get(AuthenticationRequestContext.class.getName()))
                        .build());
    }

    /** The access token of the session quarkus-oidc is authenticating (code flow), if any. */
    static Optional<String> codeFlowAccessToken(RoutingContext routing) {
        if (routing == null
                || !(routing.get(AuthorizationCodeTokens.class.getName()) instanceof AuthorizationCodeTokens tokens)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tokens.getAccessToken());
    }

    /** The access token an identity was verified with. */
    static Optional<String> accessTokenOf(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? Optional.empty() : Optional.ofNullable(credential.getToken());
    }
}
