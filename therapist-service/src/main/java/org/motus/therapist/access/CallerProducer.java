package org.motus.therapist.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The one place a request's {@link Caller} is built from the verified token and the identity's roles. */
public class CallerProducer {

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity, JsonWebToken token) {
        return new Caller(token.getSubject(), identity.getRoles(), displayName(token));
    }

    private static String displayName(JsonWebToken token) {
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String given = token.getClaim("given_name");
        String family = token.getClaim("family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }
}
