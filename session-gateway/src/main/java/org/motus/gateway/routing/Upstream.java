package org.motus.gateway.routing;

import java.net.URI;
import java.util.Locale;

/**
 * Where a route's calls go: a service's base URL, e.g. {@code http://localhost:8081}. A path in
 * the base URL is put in front of the forwarded path.
 */
public record Upstream(String host, int port, boolean ssl, String basePath) {

    public static Upstream parse(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (Exception e) {
            throw new IllegalArgumentException("not a URL: " + baseUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("no host in " + baseUrl);
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("a service base URL has no query, fragment or user: " + baseUrl);
        }
        boolean ssl = scheme.equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : (ssl ? 443 : 80);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new Upstream(uri.getHost(), port, ssl, path);
    }

    /** The request URI to send upstream for a gateway path and its raw query (may be null). */
    public String uriFor(String path, String query) {
        return basePath + path + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
