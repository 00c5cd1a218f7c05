package org.motus.gateway.signalling.baseline;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.motus.gateway.access.Caller;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.gateway.security.ApiChallenge;
import org.motus.gateway.security.CsrfRule;
import org.motus.gateway.signalling.*;
import org.motus.gateway.visit.VisitService;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/**
 * THE BENCHMARK BASELINE ONLY: the hand-built Vert.x signalling socket that the websockets-next
 * endpoint replaced, on {@code /api/v1/visits/{id}/signal-baseline}, so that SignallingBenchmark
 * measures both in one run. Deleted once the figures are recorded.
 * <p>
 * Formerly {@code GET /api/v1/visits/{id}/signal} with {@code Upgrade: websocket}: the visit's signalling
 * socket (SIGNALLING.md), on Quarkus's own Vert.x router. The upgrade request has passed Quarkus
 * security like every /api call (session cookie; none: 401 problem). Here it must also come from
 * the gateway's own origin (403), be one of the visit's two participants (404) and come while the
 * visit is joinable (409); only then is the connection upgraded.
 */
@ApplicationScoped
public class SignallingEndpoint {

    public static final String PATH_REGEX = "/api/v1/visits/([^/]+)/signal-baseline";
    private static final Pattern PATH = Pattern.compile(PATH_REGEX);
    private static final Logger LOG = Logger.getLogger(SignallingEndpoint.class);

    private final Vertx vertx;
    private final VisitService visits;
    private final SignalRelay relay;
    private final SignallingConfig config;
    private final ProblemResponses problems;
    private final Set<SignalConnection> open = ConcurrentHashMap.newKeySet();
    private long sweeper = -1;

    SignallingEndpoint(
            Vertx vertx, VisitService visits, SignalRelay relay, SignallingConfig config, ProblemResponses problems) {
        this.vertx = vertx;
        this.visits = visits;
        this.relay = relay;
        this.config = config;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.getWithRegex(PATH_REGEX).order(RouteOrder.SIGNALLING).handler(this::upgrade);
        long period = Math.max(100, Math.min(5_000, config.idleTimeout().toMillis() / 3));
        sweeper = vertx.setPeriodic(period, id -> {
            long now = System.nanoTime();
            open.forEach(connection -> connection.closeIfIdle(now));
        });
    }

    @PreDestroy
    void stop() {
        if (sweeper != -1) {
            vertx.cancelTimer(sweeper);
        }
    }

    /** The sockets open on this replica (for tests and metrics). */
    public int openConnections() {
        return open.size();
    }

    private void upgrade(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            problems.send(context, ProblemType.VALIDATION, "Open this path as a WebSocket (see SIGNALLING.md).");
            return;
        }
        String origin = request.getHeader("Origin");
        HostAndPort authority = request.authority();
        if (origin != null
                && !CsrfRule.sameOrigin(origin, request.scheme(), authority == null ? null : authority.toString())) {
            problems.send(context, ProblemType.FORBIDDEN, "Cross-origin signalling sockets are not allowed.");
            return;
        }
        Matcher path = PATH.matcher(context.normalizedPath());
        UUID visitId = path.matches() ? uuid(path.group(1)) : null;
        if (visitId == null) {
            problems.send(context, ProblemType.NOT_FOUND, "No such visit.");
            return;
        }
        Caller caller = context.user() instanceof QuarkusHttpUser user ? Caller.of(user.getSecurityIdentity()) : null;
        if (caller == null) {
            // Unreachable while /api/* is an authenticated path.
            problems.send(context, ProblemType.UNAUTHENTICATED, ApiChallenge.DETAIL);
            return;
        }
        request.pause();
        vertx.executeBlocking(() -> visits.admission(caller, visitId), false).onComplete(admission -> {
            if (admission.failed()) {
                request.resume();
                refuse(context, admission.cause());
                return;
            }
            Seat seat = new Seat(visitId, admission.result().role());
            request.toWebSocket()
                    .onSuccess(socket -> {
                        SignalConnection[] self = new SignalConnection[1];
                        self[0] = new SignalConnection(
                                socket, vertx, seat, visits, relay, config, () -> open.remove(self[0]));
                        open.add(self[0]);
                        self[0].start();
                    })
                    .onFailure(failure -> LOG.debugf("Signalling upgrade for %s failed: %s", seat, failure.toString()));
        });
    }

    private void refuse(RoutingContext context, Throwable failure) {
        if (failure instanceof ProblemException problem) {
            problems.send(context, problem.type(), problem.getMessage());
        } else {
            LOG.errorf(failure, "Signalling admission failed");
            problems.send(context, ProblemType.INTERNAL, "Something went wrong on our side.");
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
