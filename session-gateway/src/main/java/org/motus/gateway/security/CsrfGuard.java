package org.motus.gateway.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.problem.ProblemType;

/**
 * Applies {@link CsrfRule} to every /api call, proxied or answered by the gateway itself, after
 * authentication and before anything else sees the call. Refused calls get 403 problem details.
 * Behind a TLS-terminating proxy enable {@code quarkus.http.proxy.proxy-address-forwarding} so the
 * scheme and host compared with {@code Origin} are the browser's.
 */
@ApplicationScoped
public class CsrfGuard {

    private final ProblemResponses problems;

    CsrfGuard(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.routeWithRegex(ApiPaths.ROUTE_REGEX).order(RouteOrder.CSRF_GUARD).handler(this::check);
    }

    private void check(RoutingContext context) {
        Optional<String> violation = violation(context);
        if (violation.isPresent()) {
            problems.send(context, ProblemType.FORBIDDEN, violation.get());
        } else {
            context.next();
        }
    }

    /** Why {@link CsrfRule} refuses this call, or empty if it may pass. */
    public static Optional<String> violation(RoutingContext context) {
        HttpServerRequest request = context.request();
        HostAndPort authority = request.authority();
        return CsrfRule.violation(
                request.method().name(),
                request.getHeader(CsrfRule.HEADER),
                request.getHeader("Origin"),
                request.scheme(),
                authority == null ? null : authority.toString());
    }
}
