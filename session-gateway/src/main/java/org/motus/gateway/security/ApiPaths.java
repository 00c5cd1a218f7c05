package org.motus.gateway.security;

import io.vertx.ext.web.RoutingContext;

/** Which requests are API calls: they get problem details, never a login redirect or a page. */
public final class ApiPaths {

    public static final String PREFIX = "/api";
    /** Vert.x route regex for /api and everything under it. */
    public static final String ROUTE_REGEX = "/api(/.*)?";

    private ApiPaths() {}

    public static boolean isApi(String path) {
        return path != null && (path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
    }

    public static boolean isApi(RoutingContext context) {
        return isApi(context.normalizedPath());
    }
}
