package org.motus.gateway.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The CSRF rule for the API, on top of the SameSite=Lax session cookie: a state-changing call
 * (POST, PUT, PATCH, DELETE) must carry {@code X-Requested-By: motus-web}, a header a cross-site
 * form cannot send and a cross-site script cannot send without a CORS preflight the gateway never
 * grants; and if the browser says where the call comes from ({@code Origin}), that must be the
 * gateway's own origin. Pure: no request objects, so every case is a one-line test.
 */
public final class CsrfRule {

    public static final String HEADER = "X-Requested-By";
    public static final String VALUE = "motus-web";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private CsrfRule() {}

    public static boolean isStateChanging(String method) {
        return method != null && STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * @param ownScheme the scheme the browser used to reach the gateway ("http" or "https")
     * @param ownHost the Host the browser used, with or without a port
     * @return why the call is refused, or empty if it may pass
     */
    public static Optional<String> violation(
            String method, String requestedBy, String origin, String ownScheme, String ownHost) {
        if (!isStateChanging(method)) {
            return Optional.empty();
        }
        if (!VALUE.equals(requestedBy)) {
            return Optional.of("State-changing API calls must carry the header " + HEADER + ": " + VALUE + ".");
        }
        if (origin != null && !sameOrigin(origin, ownScheme, ownHost)) {
            return Optional.of("Cross-origin API calls are not allowed.");
        }
        return Optional.empty();
    }

    /** Whether {@code origin} is the gateway's own origin (scheme, host and port). */
    public static boolean sameOrigin(String origin, String ownScheme, String ownHost) {
        if (ownScheme == null || ownHost == null) {
            return false;
        }
        try {
            URI theirs = new URI(origin.trim());
            URI ours = new URI(ownScheme + "://" + ownHost);
            if (theirs.getScheme() == null || theirs.getHost() == null || ours.getHost() == null) {
                return false; // includes "Origin: null" from sandboxed frames and file: pages
            }
            return theirs.getScheme().equalsIgnoreCase(ours.getScheme())
                    && theirs.getHost().equalsIgnoreCase(ours.getHost())
                    && port(theirs) == port(ours);
        } catch (Exception e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
