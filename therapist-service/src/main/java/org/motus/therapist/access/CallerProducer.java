package org.motus.therapist.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.motus.problem.fhir.MachineGrant;

/**
 * The one place a request's {@link Caller} is built from the verified token and the identity's roles;
 * for a machine client, with what its SMART scopes grant for this request's FHIR path.
 */
public class CallerProducer {

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity, JsonWebToken token, CurrentVertxRequest request) {
        if (identity.hasRole(Caller.FHIR_CLIENT)) {
            RoutingContext current = request.getCurrent();
            String path = current == null ? "" : current.normalizedPath();
            String client = token.getClaim("azp");
            return new Caller(
                    token.getSubject(),
                    identity.getRoles(),
                    client,
                    MachineGrant.forRequest(token.getClaim("scope"), token.getClaim("patient"), path)
                            .orElse(null));
        }
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
