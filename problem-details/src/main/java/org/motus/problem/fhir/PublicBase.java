package org.motus.problem.fhir;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/**
 * The base URL clients see for this service's FHIR endpoints, for a Bundle's links and full URLs:
 * behind the gateway (which sets {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}, dropping any
 * the browser sent) the gateway's own {@code /fhir/R4}, called directly this service's.
 */
public final class PublicBase {

    private static final Pattern HOST =
            Pattern.compile("^[A-Za-z0-9.\\-]+(:\\d{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?$");

    private PublicBase() {}

    public static String of(HttpHeaders headers, UriInfo uri) {
        String proto = headers.getHeaderString("X-Forwarded-Proto");
        String host = headers.getHeaderString("X-Forwarded-Host");
        if (host != null && HOST.matcher(host).matches() && ("http".equals(proto) || "https".equals(proto))) {
            return proto + "://" + host + Fhir.BASE_PATH;
        }
        String base = uri.getBaseUri().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + Fhir.BASE_PATH;
    }
}
