package org.motus.gateway.session;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps the identity quarkus-oidc just verified for a browser session ({@link VerifiedIdentities}).
 * It runs first among the augmentors, so what it keeps is quarkus-oidc's own identity, before any
 * augmentor adds to it (they run again on a served identity). Only the code flow's identities are
 * kept: an ID token as the principal, the access token quarkus-oidc verified beside it, no
 * access-token failure on the request.
 */
@ApplicationScoped
class RememberVerifiedIdentity implements SecurityIdentityAugmentor {

    /** quarkus-oidc's request key for a code-flow access token that failed its verification. */
    private static final String ACCESS_TOKEN_FAILURE = "code_flow_access_token_failure";

    private final VerifiedIdentities verified;

    RememberVerifiedIdentity(VerifiedIdentities verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()
                && identity.getAttribute(RoutingContext.class.getName()) instanceof RoutingContext routing
                && routing.get(RememberedIdentityProvider.SERVED) == null
                && routing.get(ACCESS_TOKEN_FAILURE) == null
                && identity.getPrincipal() instanceof JsonWebToken idToken
                && idToken.getExpirationTime() > 0) {
            IdTokenCredential credential = identity.getCredential(IdTokenCredential.class);
            Optional<String> accessToken = RememberedIdentityProvider.accessTokenOf(identity);
            Optional<String> sessionToken = RememberedIdentityProvider.codeFlowAccessToken(routing);
            Optional<Instant> accessExpiry = accessToken.flatMap(RememberVerifiedIdentity::expiryOf);
            if (credential != null
                    && credential.getToken() != null
                    && accessToken.isPresent()
                    && accessToken.equals(sessionToken)
                    && accessExpiry.isPresent()) {
                verified.remember(
                        credential.getToken(),
                        accessToken.get(),
                        detached(identity),
                        Instant.ofEpochSecond(idToken.getExpirationTime()),
                        accessExpiry.get());
            }
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * The identity without this request's routing and authentication contexts, which would otherwise be
     * held (request, response, buffers) as long as the session's tokens are remembered; a served identity
     * gets its own request's ({@link RememberedIdentityProvider}).
     */
    static SecurityIdentity detached(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), null)
                .addAttribute(AuthenticationRequestContext.class.getName(), null)
                .build();
    }

    /**
     * The {@code exp} of a JWT quarkus-oidc verified on this request (read, not verified again); empty
     * for an opaque token, which is then never remembered.
     */
    static Optional<Instant> expiryOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject claims =
                    new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            Long exp = claims.getLong("exp");
            return exp == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(exp));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
