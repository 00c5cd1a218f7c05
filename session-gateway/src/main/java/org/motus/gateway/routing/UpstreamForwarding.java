package org.motus.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.problem.DatabaseUnavailable;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * What one forwarded call carries and what comes back: the user's access token as
 * {@code Authorization: Bearer}, no browser cookies, {@code X-Forwarded-*} describing the browser's
 * request (any the browser sent are dropped, not trusted); no {@code Set-Cookie} from a service
 * reaches the browser; a service that is down or silent becomes 503 problem details with
 * {@code Retry-After}; a service's own answer, its 503 and {@code Retry-After} included, passes through.
 */
final class UpstreamForwarding implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamForwarding.class);

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";

    /** Request headers the browser may send that must not reach a service as sent. */
    private static final List<CharSequence> NOT_FORWARDED = List.of(
            HttpHeaders.COOKIE,
            HttpHeaders.AUTHORIZATION,
            "Forwarded",
            X_FORWARDED_FOR,
            X_FORWARDED_PROTO,
            X_FORWARDED_HOST,
            "X-Forwarded-Port",
            "X-Forwarded-Prefix",
            "X-Real-IP");

    private final RouteTable.Route route;
    private final String upstreamUri;
    private final String accessToken;
    private final long timeoutMillis;
    private final ProblemResponses problems;

    UpstreamForwarding(
            RouteTable.Route route,
            String upstreamUri,
            String accessToken,
            long timeoutMillis,
            ProblemResponses problems) {
        this.route = route;
        this.upstreamUri = upstreamUri;
        this.accessToken = accessToken;
        this.timeoutMillis = timeoutMillis;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest browser = request.proxiedRequest();
        request.setURI(upstreamUri);

        MultiMap headers = request.headers();
        NOT_FORWARDED.forEach(headers::remove);
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        SocketAddress client = browser.remoteAddress();
        if (client != null && client.hostAddress() != null) {
            headers.set(X_FORWARDED_FOR, client.hostAddress());
        }
        headers.set(X_FORWARDED_PROTO, browser.scheme());
        HostAndPort authority = browser.authority();
        if (authority != null) {
            headers.set(X_FORWARDED_HOST, authority.toString());
        }

        return context.sendRequest().recover(failure -> Future.succeededFuture(unavailable(request, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        if (context.request().proxiedRequest().response().ended()) {
            // Already answered by unavailable(): a 503 problem.
            return Future.succeededFuture();
        }
        context.response().headers().remove(HttpHeaders.SET_COOKIE);
        return context.sendResponse();
    }

    /**
     * Answers the browser itself, at once, rather than through the proxy's response pipe: after a
     * request body was sent on an HTTP/2 stream (h2c upgrade) and the service's connection was reset,
     * the pipe never delivered the answer and the caller waited for its own timeout. The proxy
     * still completes with a response, which {@link #handleProxyResponse} does not send again.
     */
    private ProxyResponse unavailable(ProxyRequest request, Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException;
        String detail = timedOut
                ? "The service behind " + route.prefix() + " did not answer within " + (timeoutMillis / 1000) + " s."
                : "The service behind " + route.prefix() + " is not reachable right now.";
        LOG.warnf(
                "%s %s -> %s:%d failed: %s",
                request.getMethod(),
                route.prefix(),
                route.upstream().host(),
                route.upstream().port(),
                failure.toString());
        HttpServerResponse answer = request.proxiedRequest().response();
        if (!answer.ended() && !answer.headWritten()) {
            // Like a service's own 503 (problem-details DatabaseUnavailable): the web outbox retries after it.
            answer.putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            problems.send(answer, Problem.of(ProblemType.UPSTREAM_UNAVAILABLE, detail));
        } else if (!answer.ended()) {
            answer.reset();
        }
        return request.release().response();
    }
}
