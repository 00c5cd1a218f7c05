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
        return new Caller(token.getSubject(), identity.getRoles());
    }
}
