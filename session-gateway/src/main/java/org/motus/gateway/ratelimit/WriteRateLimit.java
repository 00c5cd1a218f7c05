package org.motus.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.gateway.security.ApiPaths;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * Per-person limit on state-changing /api calls (POST, PUT, PATCH, DELETE), proxied or answered
 * by the gateway: one person flooding writes gets 429 problem details with {@code Retry-After}
 * and never reaches a service, so the others' calls are not slowed. Reads are not limited here.
 * Runs after authentication and the CSRF check, before the proxy.
 */
@ApplicationScoped
public class WriteRateLimit {

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final WriteBuckets buckets;
    private final ProblemResponses problems;
    private final Counter refused;

    WriteRateLimit(WriteLimits limits, Clock clock, ProblemResponses problems, MeterRegistry registry) {
        this.buckets = new WriteBuckets(limits, clock);
        this.problems = problems;
        this.refused = Counter.builder("motus.gateway.writes.refused")
                .description("State-changing /api calls refused by the per-person write limit (429)")
                .register(registry);
    }

    void register(@Observes Router router) {
        router.routeWithRegex(ApiPaths.ROUTE_REGEX)
                .order(RouteOrder.WRITE_LIMIT)
                .handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            if (!admit(context, user.getSecurityIdentity())) {
                return;
            }
        }
        context.next();
    }

    /**
     * Takes this call from its person's bucket if it is state-changing; when the bucket is empty, answers
     * 429 with {@code Retry-After} and returns false (the call must go no further).
     */
    public boolean admit(RoutingContext context, SecurityIdentity identity) {
        String person = WRITES.contains(context.request().method()) ? person(identity) : null;
        if (person == null) {
            return true;
        }
        OptionalLong retryAfterSeconds = buckets.take(person);
        if (retryAfterSeconds.isEmpty()) {
            return true;
        }
        refused.increment();
        long seconds = retryAfterSeconds.getAsLong();
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.send(
                context.response(),
                Problem.of(
                        ProblemType.TOO_MANY_REQUESTS,
                        "Too many changes in a short time. Nothing was saved; try again in " + seconds
                                + (seconds == 1 ? " second." : " seconds.")));
        return false;
    }

    /** The signed-in person's subject; null without one (security answers those calls itself). */
    private static String person(SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous()) {
            if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
                return token.getSubject();
            }
            return identity.getPrincipal().getName();
        }
        return null;
    }
}
