package org.motus.gateway.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.motus.gateway.errors.FhirOutcomes;

/**
 * Another system calls the FHIR API with its own bearer token (Keycloak client credentials, SMART
 * scopes; ADR 0054): for /fhir with {@code Authorization: Bearer}, the gateway verifies the token as
 * the services do (tenant {@value #TENANT}, a bearer-only "service" tenant) and forwards it
 * unchanged, so each service applies its own scope and access checks to the real caller. Every
 * other request, the web app's included, keeps the session cookie of the default tenant.
 */
@ApplicationScoped
public class FhirBearerTenant implements TenantResolver {

    public static final String TENANT = "fhir-clients";

    @Override
    public String resolve(RoutingContext context) {
        return isBearerFhirCall(context.normalizedPath(), context.request().getHeader("Authorization")) ? TENANT : null;
    }

    /** Pure: a /fhir path with a bearer Authorization header. */
    static boolean isBearerFhirCall(String path, String authorization) {
        return FhirOutcomes.isFhir(path)
                && authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.length() > 7;
    }
}
