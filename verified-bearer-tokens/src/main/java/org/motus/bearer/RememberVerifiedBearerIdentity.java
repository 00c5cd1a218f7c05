package org.motus.bearer;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps the identity quarkus-oidc just verified for a bearer token ({@link VerifiedBearerTokens}). It runs
 * first among the augmentors, so what it keeps is quarkus-oidc's own identity, before any augmentor adds to
 * it (they run again on every served identity). Kept only: a bearer token's identity (no code flow's ID
 * token), whose principal is the JWT of that very token, with an {@code exp}, on a request that was not
 * itself served from memory.
 */
@ApplicationScoped
class RememberVerifiedBearerIdentity implements SecurityIdentityAugmentor {

    private final VerifiedBearerTokens verified;

    RememberVerifiedBearerIdentity(VerifiedBearerTokens verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (verified.enabled()
                && !identity.isAnonymous()
                && identity.getAttribute(RoutingContext.class.getName()) instanceof RoutingContext routing
                && routing.get(RememberedBearerIdentityProvider.SERVED) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0
                && identity.getCredential(IdTokenCredential.class) == null) {
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            if (credential != null
                    && credential.getToken() != null
                    && credential.getToken().equals(jwt.getRawToken())) {
                verified.remember(
                        credential.getToken(),
                        detached(identity),
                        Instant.ofEpochSecond(jwt.getExpirationTime()),
                        Instant.ofEpochSecond(jwt.getIssuedAtTime()));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * The identity without this request's routing and authentication contexts, which would otherwise be
     * held (request, response, buffers) as long as the token is remembered; a served identity gets its
     * own request's ({@link RememberedBearerIdentityProvider}).
     */
    static SecurityIdentity detached(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), null)
                .addAttribute(AuthenticationRequestContext.class.getName(), null)
                .build();
    }
}
