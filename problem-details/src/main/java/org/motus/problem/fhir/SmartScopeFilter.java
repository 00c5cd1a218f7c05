package org.motus.problem.fhir;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The SMART scopes of the token, checked before any FHIR resource method of the service that has
 * this jar (ADR 0054): a machine client ({@link MachineGrant#ROLE}) reads only what its
 * {@code system/} or {@code patient/} scopes grant and writes nothing; a person's token that carries
 * SMART scopes reads only the types they grant. Refused: 403 OperationOutcome ({@link FhirErrors}).
 * Which records a granted read reaches stays each service's door's decision, which audits it.
 */
public class SmartScopeFilter {

    private final SecurityIdentity identity;

    public SmartScopeFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (identity.isAnonymous()
                || !FhirErrors.isFhir(request)
                || path.replaceAll("/+$", "").endsWith("/metadata")) {
            return;
        }
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        String scope = token == null ? null : token.getClaim("scope");
        boolean machine = identity.hasRole(MachineGrant.ROLE);
        SmartScopes.parse(scope).refusal(machine, request.getMethod(), path).ifPresent(what -> {
            throw new ScopeNotGranted(what);
        });
        if (machine
                && MachineGrant.forRequest(scope, token == null ? null : token.getClaim("patient"), path)
                        .isEmpty()) {
            // A patient/ scope without a patient in the token's launch context names nobody.
            throw new ScopeNotGranted(
                    "reading " + SmartScopes.resourceTypeOf(path).orElse("this"));
        }
    }
}
