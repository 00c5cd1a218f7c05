package org.motus.gateway.session;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.motus.gateway.config.RouteOrder;

/**
 * The two session pages the web app links to.
 * <ul>
 * <li>{@code GET /login} is an authenticated path: without a session quarkus-oidc sends the browser
 * to Keycloak (code flow + PKCE) and back here, where a signed-in user is sent on to {@code /}.</li>
 * <li>{@code GET /logout} with a session never gets here: quarkus-oidc clears the session cookie and
 * sends the browser to Keycloak's end-session endpoint, which ends the Keycloak session and returns
 * to {@code /} (RP-initiated logout). Without a session there is nothing to end: back to {@code /}.</li>
 * </ul>
 */
@ApplicationScoped
public class SessionRoutes {

    public static final String HOME = "/";

    void register(@Observes Router router) {
        router.get("/login").order(RouteOrder.SESSION).handler(this::login);
        router.get("/logout").order(RouteOrder.SESSION).handler(this::home);
    }

    private void login(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            home(context);
        } else {
            // Unreachable while /login is an authenticated path.
            context.response().setStatusCode(401).end();
        }
    }

    private void home(RoutingContext context) {
        context.response()
                .setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, HOME)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }
}
