package org.motus.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service owns an /api path: the route with the longest prefix that matches whole path
 * segments ({@code /api/v1/patients} owns {@code /api/v1/patients} and
 * {@code /api/v1/patients/me}, not {@code /api/v1/patientsX}). Pure, built once from config.
 */
public final class RouteTable {

    public record Route(String prefix, Upstream upstream) {

        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    /** FHIR resource types route like /api paths: {@code /fhir/R4/Observation} to its owner. */
    public static final String FHIR_PREFIX = "/fhir/R4/";

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** @throws IllegalArgumentException naming the bad entry, so a wrong config stops the start */
    public static RouteTable of(Map<String, String> config) {
        List<Route> routes = new ArrayList<>();
        config.forEach((prefix, baseUrl) -> {
            if (!(prefix.startsWith("/api/") || prefix.startsWith(FHIR_PREFIX))
                    || prefix.endsWith("/")
                    || prefix.contains("*")
                    || prefix.contains("..")
                    || prefix.contains("//")) {
                throw new IllegalArgumentException(
                        "motus.gateway.routes.\"" + prefix
                                + "\": a route is a path prefix under /api/ or /fhir/R4/, without a trailing slash or wildcard");
            }
            try {
                routes.add(new Route(prefix, Upstream.parse(baseUrl)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("motus.gateway.routes.\"" + prefix + "\": " + e.getMessage());
            }
        });
        routes.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
        return new RouteTable(routes);
    }

    public Optional<Route> match(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String key = fhirOperationsDecoded(path);
        for (Route route : routes) {
            if (route.matches(key)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /**
     * A FHIR operation's "$" may arrive percent-encoded ({@code /fhir/R4/%24export}); the route table
     * names it as "$", so a path is matched with it decoded (and forwarded as it came: the services
     * read both).
     */
    static String fhirOperationsDecoded(String path) {
        return path.startsWith(FHIR_PREFIX) ? path.replace("%24", "$") : path;
    }

    public List<Route> routes() {
        return routes;
    }
}
