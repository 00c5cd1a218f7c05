package org.motus.gateway.access;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in person behind a request, from the session's tokens: Keycloak subject, display
 * name, Motus realm roles, and the access token the gateway forwards to the services so that they
 * apply their own access rules to the real caller.
 */
public record Caller(String subject, String name, Set<String> roles, String accessToken) {

    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** @return the caller, or null for an anonymous identity (which /api never lets through) */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        String subject = null;
        String name = null;
        if (identity.getPrincipal() instanceof JsonWebToken idToken) {
            subject = idToken.getSubject();
            name = displayName(idToken);
        }
        if (subject == null) {
            subject = identity.getPrincipal().getName();
        }
        return new Caller(
                subject,
                name == null ? subject : name,
                Set.copyOf(identity.getRoles()),
                access == null ? null : access.getToken());
    }

    static String displayName(JsonWebToken token) {
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String given = token.getClaim("given_name");
        String family = token.getClaim("family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        if (!joined.isEmpty()) {
            return joined;
        }
        String username = token.getClaim("preferred_username");
        return username != null && !username.isBlank() ? username : null;
    }
}
