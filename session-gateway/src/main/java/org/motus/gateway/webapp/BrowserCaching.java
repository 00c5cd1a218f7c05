package org.motus.gateway.webapp;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.motus.gateway.config.RouteOrder;

/**
 * How long a browser may keep each of the web app's files. Quarkus's static handler marks every
 * file {@code public, immutable, max-age=86400}; for index.html that means a browser keeps, for a
 * day after an upgrade, a page naming asset files that no longer exist (a blank app). So:
 * <ul>
 * <li>the entry points (/, index.html, the service worker, the manifest) are revalidated on every
 * load ({@code no-cache}, answered 304 while unchanged);</li>
 * <li>/assets/ files carry a content hash in their name (Vite), so they never change: a year,
 * immutable;</li>
 * <li>other files (icons) may change under the same name: a day, revalidated after.</li>
 * </ul>
 * The header is set when the answer is written, over whatever the static handler chose.
 */
@ApplicationScoped
public class BrowserCaching {

    static final String REVALIDATE = "no-cache";
    static final String HASHED_ASSET = "public, max-age=31536000, immutable";
    static final String OTHER_FILE = "public, max-age=86400";

    private static final Set<String> ENTRY_POINTS = Set.of("/", "/index.html", "/sw.js", "/manifest.json");

    void register(@Observes Router router) {
        router.route().order(RouteOrder.BROWSER_CACHING).handler(this::decide);
    }

    /** The Cache-Control of a web-app file, or null for what is not one (the API, Quarkus's /q). */
    static String cacheControl(String path) {
        if (path == null || ENTRY_POINTS.contains(path)) {
            return REVALIDATE;
        }
        if (path.startsWith("/api/") || path.equals("/api") || path.equals("/q") || path.startsWith("/q/")) {
            return null;
        }
        if (path.startsWith("/assets/")) {
            return HASHED_ASSET;
        }
        return SinglePageApp.isDeepLink(path) ? REVALIDATE : OTHER_FILE;
    }

    private void decide(RoutingContext context) {
        HttpMethod method = context.request().method();
        String cacheControl = cacheControl(context.normalizedPath());
        if (cacheControl != null && (method == HttpMethod.GET || method == HttpMethod.HEAD)) {
            context.addHeadersEndHandler(ignored -> {
                // Errors (a missing asset's 404) must not be kept as if they were the file.
                if (context.response().getStatusCode() < 400) {
                    context.response().headers().set(HttpHeaders.CACHE_CONTROL, cacheControl);
                } else {
                    context.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
        }
        context.next();
    }
}
