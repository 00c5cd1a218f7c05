package org.motus.patient.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling in this request, built once from the verified token (subject, display name,
 * realm roles): the one place that reads the identity and the token. Resources inject it and pass
 * {@link #get()} to their services. The caller's record id is not part of it: this service owns
 * the records and resolves subject -> record in {@code record.PatientAccess}.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller get() {
        if (caller == null) {
            caller = new Caller(token.getSubject(), displayName(), Set.copyOf(identity.getRoles()));
        }
        return caller;
    }

    private String displayName() {
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String username = token.getClaim("preferred_username");
        return username != null && !username.isBlank() ? username.strip() : token.getSubject();
    }
}
