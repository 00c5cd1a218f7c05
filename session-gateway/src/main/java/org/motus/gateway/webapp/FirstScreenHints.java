package org.motus.gateway.webapp;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.motus.gateway.access.Caller;
import org.motus.gateway.config.RouteOrder;

/**
 * Names, with a signed-in person's page, the code their first screen will need ({@code Link} headers,
 * preload), so the browser asks for it together with the entry script. Without them the browser only
 * learns what to fetch once the entry has run and {@code /api/v1/me} has said who is signed in: on a
 * phone's slow network that is one more round trip of over half a second before Today (issue 18,
 * cold LCP; bench/results). The gateway already knows who is signed in from the session cookie.
 *
 * <p>The files come from the web build's {@code first-screens.json} (web/vite.config.ts,
 * firstScreens), chosen by role as the app chooses its screens (web/src/app.tsx, {@code Screens}). A
 * hint is only a hint: a wrong one costs bytes, never a screen. Nothing personal goes in it, only the
 * same public file names as the service worker's. A signed-out page gets none.
 */
@ApplicationScoped
public class FirstScreenHints {

    static final String SCREENS = "META-INF/resources/first-screens.json";
    private static final Logger LOG = Logger.getLogger(FirstScreenHints.class);

    /** The video call's page, {@code /visits/{id}/call} (web/src/app.tsx, callRoute). */
    private static final Pattern CALL = Pattern.compile("^/visits/[^/]+/call/?$");

    private Map<String, List<String>> screens = Map.of();

    void register(@Observes Router router) {
        screens = load();
        if (screens.isEmpty()) {
            LOG.warnf(
                    "No %s on the classpath (is the org.motus:web jar built?): pages name no first-screen files",
                    SCREENS);
            return;
        }
        router.get().order(RouteOrder.FIRST_SCREEN_HINTS).handler(this::hint);
    }

    /** Who is signed in (me.MeResource): index.html preloads it too, for everyone. */
    static final String ME = "/api/v1/me";

    /**
     * The person's language choice (patient-service), which the app reads once someone is signed in
     * (web/src/i18n/useLanguage.ts). Named last: the screens show in the device's language meanwhile.
     */
    static final String LANGUAGE = "/api/v1/preferences/language";

    /**
     * What to name for a signed-in person with these roles on this page, in the order to fetch it: who
     * is signed in and the entry's CSS and script (as index.html names them, so they keep their place
     * in the browser's queue ahead of the rest), what every signed-in screen waits for, then their
     * screens' code, and last their language choice. The screens are chosen as the app chooses them:
     * the call page, else a therapist's (also for a therapist who is a patient), a patient's, an
     * admin's (on / only); else none.
     */
    static List<String> filesFor(Set<String> roles, String path, Map<String, List<String>> screens) {
        String set = null;
        if (CALL.matcher(path).matches()) {
            set = "call";
        } else if (roles.contains(Caller.THERAPIST)) {
            set = "therapist";
        } else if (roles.contains(Caller.PATIENT)) {
            set = "patient";
        } else if (roles.contains(Caller.ADMIN) && path.equals("/")) {
            set = "admin";
        }
        Set<String> files = new LinkedHashSet<>();
        files.add(ME);
        files.addAll(screens.getOrDefault("entry", List.of()));
        files.addAll(screens.getOrDefault("signedIn", List.of()));
        if (set != null) {
            files.addAll(screens.getOrDefault(set, List.of()));
        }
        files.add(LANGUAGE);
        return List.copyOf(files);
    }

    /**
     * One {@code Link} value: API reads as fetch preloads, scripts and styles as script and style
     * preloads; all {@code crossorigin}, as index.html and Vite's loader ask for them, so the browser
     * uses the preloaded answer. Not {@code modulepreload}: named in a header, Chromium 156 then
     * fetched the entry script a second time for index.html's own {@code <script type="module">}.
     */
    static String linkHeader(List<String> files) {
        return files.stream()
                .map(file -> {
                    if (file.endsWith(".css")) {
                        return "<" + file + ">; rel=preload; as=style; crossorigin";
                    }
                    if (file.endsWith(".js")) {
                        return "<" + file + ">; rel=preload; as=script; crossorigin";
                    }
                    return "<" + file + ">; rel=preload; as=fetch; crossorigin";
                })
                .collect(Collectors.joining(", "));
    }

    /** A page of the web app: / , /index.html or a deep link (not /api, /q or a file). */
    static boolean isPage(String path) {
        return path != null && (path.equals("/") || path.equals("/index.html") || SinglePageApp.isDeepLink(path));
    }

    private void hint(RoutingContext context) {
        String path = context.normalizedPath();
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (isPage(path) && identity != null && !identity.isAnonymous()) {
            List<String> files = filesFor(identity.getRoles(), path, screens);
            if (!files.isEmpty()) {
                String link = linkHeader(files);
                context.addHeadersEndHandler(ignored -> {
                    // Only on the page itself: not on a 304 (the browser has the page), a redirect or an error.
                    String type = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
                    if (context.response().getStatusCode() == 200 && type != null && type.startsWith("text/html")) {
                        context.response().headers().add("Link", link);
                        context.response().headers().add(HttpHeaders.VARY, "Cookie");
                    }
                });
            }
        }
        context.next();
    }

    static Map<String, List<String>> parse(String json) {
        JsonObject object = new JsonObject(json);
        Map<String, List<String>> parsed = new java.util.HashMap<>();
        for (String key : object.fieldNames()) {
            JsonArray array = object.getJsonArray(key);
            List<String> files = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String file = array.getString(i);
                // Only the app's own hashed files: the header must never carry anything else.
                if (file == null || !file.matches("/assets/[A-Za-z0-9._-]+\\.(js|css)")) {
                    throw new IllegalStateException(SCREENS + " names " + file + ", not an /assets/ script or style");
                }
                files.add(file);
            }
            parsed.put(key, List.copyOf(files));
        }
        return Map.copyOf(parsed);
    }

    private static Map<String, List<String>> load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(SCREENS)) {
            return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCREENS, e);
        }
    }
}
