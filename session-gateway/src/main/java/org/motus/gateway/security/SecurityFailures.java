package org.motus.gateway.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.gateway.session.LoginSessionTokens;
import org.motus.problem.DatabaseUnavailable;
import org.motus.problem.ProblemType;

/**
 * Authentication failures (a session cookie that is tampered with, expired beyond refresh, or
 * from an old secret) reach the router as failures after quarkus-oidc has set its challenge:
 * status 499 for /api calls ({@link ApiRequestChecker}), a redirect to Keycloak for pages.
 * <ul>
 * <li>/api: 401 problem details (403 for a forbidden role), never the redirect;</li>
 * <li>pages: the challenge as quarkus-oidc set it. Without this handler the REST exception
 * mappers of problem-details would turn the login redirect of a page into a 401 body.</li>
 * </ul>
 * When Keycloak cannot be reached, a login cannot start or finish: 503 (problem details on /api),
 * not an error page with an id. When the gateway's database cannot be reached, a session's tokens
 * cannot be read ({@link LoginSessionTokens}): 503 with {@code Retry-After}, and the cookie stays.
 */
@ApplicationScoped
public class SecurityFailures {

    static final String EXPIRED_DETAIL = "Your session has ended. Sign in again: GET /login.";
    static final String SIGN_IN_UNAVAILABLE = "Sign-in is unavailable right now. Please try again in a minute.";
    static final String SESSIONS_UNAVAILABLE =
            "Motus cannot read your sign-in right now; you are still signed in. Please try again in a minute.";
    private static final Logger LOG = Logger.getLogger(SecurityFailures.class);

    private final ProblemResponses problems;

    SecurityFailures(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(RouteOrder.SECURITY_FAILURES).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended()) {
            return;
        }
        boolean api = ApiPaths.isApi(context);
        if (failure instanceof AuthenticationRedirectException) {
            // Login completion or logout: quarkus-oidc has set the redirect already.
            context.response().end();
        } else if (failure instanceof AuthenticationException && LoginSessionTokens.unreachable(context)) {
            // The session's tokens are in the gateway's database, which cannot be reached: not
            // signed out (the cookie is kept), try again shortly (docs/adr/0052).
            LOG.warnf("Login session unreadable for %s: the database is unreachable", context.normalizedPath());
            context.response().headers().remove(HttpHeaders.LOCATION);
            context.response()
                    .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            if (api) {
                problems.send(context, ProblemType.UPSTREAM_UNAVAILABLE, SESSIONS_UNAVAILABLE);
            } else {
                context.response()
                        .setStatusCode(503)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .end(SESSIONS_UNAVAILABLE);
            }
        } else if (failure instanceof AuthenticationException) {
            if (api) {
                context.response().headers().remove(HttpHeaders.LOCATION);
                context.response().putHeader(ApiChallenge.WWW_AUTHENTICATE_HEADER, ApiChallenge.WWW_AUTHENTICATE);
                problems.send(context, ProblemType.UNAUTHENTICATED, EXPIRED_DETAIL);
            } else {
                if (context.response().getStatusCode() == 200) {
                    context.response().setStatusCode(401);
                }
                context.response().end();
            }
        } else if (causedBy(failure, OIDCException.class)) {
            // Keycloak cannot be reached (quarkus-oidc retries on the next request).
            LOG.warnf("Sign-in unavailable for %s: %s", context.normalizedPath(), failure.getMessage());
            if (api) {
                problems.send(context, ProblemType.UPSTREAM_UNAVAILABLE, SIGN_IN_UNAVAILABLE);
            } else {
                context.response()
                        .setStatusCode(503)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .end(SIGN_IN_UNAVAILABLE);
            }
        } else if (failure instanceof ForbiddenException && api) {
            problems.send(context, ProblemType.FORBIDDEN, "Your role does not allow this.");
        } else if (api) {
            unexpected(context, failure);
        } else {
            context.next();
        }
    }

    /** Anything else that fails an /api call outside REST: problem details with an error id, no stack trace. */
    private void unexpected(RoutingContext context, Throwable failure) {
        if (failure == null && context.statusCode() >= 400 && context.statusCode() < 500) {
            problems.send(
                    context,
                    ProblemType.forStatus(context.statusCode()),
                    ProblemType.forStatus(context.statusCode()).title());
            return;
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(
                failure,
                "Unexpected failure %s on %s %s",
                errorId,
                context.request().method(),
                context.normalizedPath());
        problems.send(context, ProblemType.INTERNAL, "Something went wrong on our side (error id " + errorId + ").");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
