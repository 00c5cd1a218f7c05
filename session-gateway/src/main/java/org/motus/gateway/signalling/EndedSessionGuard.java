package org.motus.gateway.signalling;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.gateway.security.ApiPaths;
import org.motus.problem.ProblemType;

/**
 * Refuses, with 401 problem details, every /api and /fhir call (signalling upgrades included) made with the
 * cookie of a login session that ended ({@link EndedLoginSessions}), and deletes that cookie, so
 * the web app shows the sign-in page as for any expired session.
 */
@ApplicationScoped
class EndedSessionGuard {

    static final String DETAIL =
            "This sign-in was ended (signed out elsewhere, or by an administrator). Sign in again.";
    /** quarkus-oidc's session cookie and the chunks it splits a large one into. */
    static final String SESSION_COOKIE = "q_session";

    private static final int MAX_CHUNKS = 8;

    private final EndedLoginSessions ended;
    private final ProblemResponses problems;

    EndedSessionGuard(EndedLoginSessions ended, ProblemResponses problems) {
        this.ended = ended;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.routeWithRegex(ApiPaths.ROUTE_REGEX)
                .order(RouteOrder.ENDED_SESSION)
                .handler(this::check);
        router.routeWithRegex(ApiPaths.FHIR_ROUTE_REGEX)
                .order(RouteOrder.ENDED_SESSION)
                .handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && ended.ended(user.getSecurityIdentity())) {
            context.response().addCookie(expired(SESSION_COOKIE));
            for (int chunk = 1; chunk <= MAX_CHUNKS; chunk++) {
                context.response().addCookie(expired(SESSION_COOKIE + "_chunk_" + chunk));
            }
            problems.send(context, ProblemType.UNAUTHENTICATED, DETAIL);
            return;
        }
        context.next();
    }

    private static Cookie expired(String name) {
        return Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true);
    }
}
