package org.motus.patient.access;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.TreeSet;

/** Who is calling, as the verified token says: Keycloak subject, display name and realm roles. */
public record Caller(String subject, String displayName, Set<String> roles) {

    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";

    public static Caller of(SecurityIdentity identity, JsonWebToken token) {
        return new Caller(token.getSubject(), displayNameOf(token), Set.copyOf(identity.getRoles()));
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** The caller's roles, sorted and comma-separated, for the audit trail. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }

    private static String displayNameOf(JsonWebToken token) {
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String username = token.getClaim("preferred_username");
        return username != null && !username.isBlank() ? username.strip() : token.getSubject();
    }
}
