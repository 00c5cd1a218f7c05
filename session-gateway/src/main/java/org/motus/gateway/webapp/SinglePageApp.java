package org.motus.gateway.webapp;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.security.ApiPaths;

/**
 * Deep links into the web app ({@code /today}, {@code /plans/42}): a GET for a page path that no
 * static file answered gets the app's index.html, and the app's router shows the screen. It runs
 * after the static files and REST, and after security: such paths need a session, so a browser
 * without one was already sent to Keycloak. Not for /api (problem details), /q (Quarkus's own
 * endpoints) or file-like paths ({@code /assets/missing.js} stays a 404).
 */
@ApplicationScoped
public class SinglePageApp {

    static final String INDEX = "META-INF/resources/index.html";
    private static final Logger LOG = Logger.getLogger(SinglePageApp.class);

    private Buffer index;

    void register(@Observes Router router) {
        index = load();
        if (index == null) {
            LOG.warnf("No %s on the classpath (is the org.motus:web jar built?): deep links will answer 404", INDEX);
            return;
        }
        router.get().order(RouteOrder.SINGLE_PAGE_APP).handler(this::serve);
    }

    static boolean isDeepLink(String path) {
        if (path == null
                || !path.startsWith("/")
                || ApiPaths.isApi(path)
                || path.equals("/q")
                || path.startsWith("/q/")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }

    private void serve(RoutingContext context) {
        if (!isDeepLink(context.normalizedPath())) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(index);
    }

    private static Buffer load() {
        byte[] page = readIndex();
        return page == null ? null : Buffer.buffer(page);
    }

    /** The built index.html, or null when the web jar is not on the classpath. */
    static byte[] readIndex() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }
    }
}
