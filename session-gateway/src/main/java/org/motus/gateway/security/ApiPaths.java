package org.motus.gateway.security;

import io.vertx.ext.web.RoutingContext;
import org.motus.gateway.errors.FhirOutcomes;

/**
 * Which requests are API calls: they get problem details (OperationOutcomes under /fhir), never a
 * login redirect or a page. The REST API is /api; the FHIR R4 API (/fhir) is one too.
 */
public final class ApiPaths {

    public static final String PREFIX = "/api";
    /** Vert.x route regex for /api and everything under it. */
    public static final String ROUTE_REGEX = "/api(/.*)?";
    /** Vert.x route regex for /fhir and everything under it (the FHIR R4 API, package fhir). */
    public static final String FHIR_ROUTE_REGEX = "/fhir(/.*)?";

    private ApiPaths() {}

    public static boolean isApi(String path) {
        return path != null && (path.equals(PREFIX) || path.startsWith(PREFIX + "/") || FhirOutcomes.isFhir(path));
    }

    public static boolean isApi(RoutingContext context) {
        return isApi(context.normalizedPath());
    }
}
