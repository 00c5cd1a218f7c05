package org.motus.patient.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.motus.problem.fhir.MachineGrant;

/**
 * Who is calling in this request, built once from the verified token (subject, display name,
 * realm roles): the one place that reads the identity and the token. Resources inject it and pass
 * {@link #get()} to their services. The caller's record id is not part of it: this service owns
 * the records and resolves subject -> record in {@code record.PatientAccess}.
 *
 * <p>For a machine client ({@link Caller#FHIR_CLIENT}) it also reads what the token's SMART scopes
 * grant for this request's FHIR path (ADR 0054): every patient, or the one in its {@code patient}
 * claim, or nothing.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final CurrentVertxRequest request;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token, CurrentVertxRequest request) {
        this.identity = identity;
        this.token = token;
        this.request = request;
    }

    public Caller get() {
        if (caller == null) {
            Set<String> roles = Set.copyOf(identity.getRoles());
            caller = roles.contains(Caller.FHIR_CLIENT)
                    ? new Caller(
                            token.getSubject(),
                            clientName(),
                            roles,
                            MachineGrant.forRequest(token.getClaim("scope"), token.getClaim("patient"), path())
                                    .orElse(null))
                    : new Caller(token.getSubject(), displayName(), roles);
        }
        return caller;
    }

    private String path() {
        RoutingContext current = request == null ? null : request.getCurrent();
        return current == null ? "" : current.normalizedPath();
    }

    /** A client is shown in the audit trail by its client id (Keycloak's {@code azp}). */
    private String clientName() {
        String client = token.getClaim("azp");
        return client != null && !client.isBlank() ? client.strip() : token.getSubject();
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
