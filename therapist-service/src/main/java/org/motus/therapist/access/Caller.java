package org.motus.therapist.access;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** Who is calling, as the verified token says: Keycloak subject and realm roles. */
public record Caller(String subject, Set<String> roles) {

    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";

    public static Caller of(SecurityIdentity identity, JsonWebToken token) {
        return new Caller(token.getSubject(), Set.copyOf(identity.getRoles()));
    }

    public boolean is(String role) {
        return roles.contains(role);
    }
}
