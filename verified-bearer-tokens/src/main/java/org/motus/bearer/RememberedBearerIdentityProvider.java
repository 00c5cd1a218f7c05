package org.motus.bearer;

import io.quarkus.oidc.AccessTokenCredential;
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
 * Asked before quarkus-oidc for a bearer token's identity: when this replica verified the very same token
 * lately ({@link VerifiedBearerTokens}), that identity is served again with this request's context;
 * otherwise it answers nothing and quarkus-oidc verifies the token as usual, and
 * {@link RememberVerifiedBearerIdentity} keeps what it built.
 */
@ApplicationScoped
class RememberedBearerIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Set on a request served from memory, so its identity is not remembered again. */
    static final String SERVED = RememberedBearerIdentityProvider.class.getName() + ".served";

    private final VerifiedBearerTokens verified;

    RememberedBearerIdentityProvider(VerifiedBearerTokens verified) {
        this.verified = verified;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider (the default priority). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // A bearer token only (a code flow's ID token is an IdTokenCredential); nothing without a request.
        if (!verified.enabled()
                || !(request.getToken() instanceof AccessTokenCredential token)
                || token.getToken() == null) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null) {
            return Uni.createFrom().nullItem();
        }
        Optional<SecurityIdentity> remembered = verified.recall(token.getToken());
        if (remembered.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        routing.put(SERVED, Boolean.TRUE);
        // The identity carries the request it was built for; this request is another one.
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(remembered.get())
                        .addAttribute(RoutingContext.class.getName(), routing)
                        .addAttribute(AuthenticationRequestContext.class.getName(), context)
                        .build());
    }
}
