package org.motus.gateway.routing;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.gateway.security.ApiChallenge;
import org.motus.gateway.security.ApiPaths;
import org.motus.problem.ProblemType;

/**
 * The reverse proxy: one generic handler on Quarkus's Vert.x router sends every /api call that
 * the {@link RouteTable} knows to the owning service, streaming bodies both ways (vertx-http-proxy).
 * It runs after Quarkus security (so the caller has a session) and the CSRF guard, or from
 * {@link RememberedSessionProxy}, which passes the same checks on a remembered session. Paths the table
 * does not know go on to the gateway's own REST resources.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** No response cache; no WebSocket tunnel, which would skip {@link UpstreamForwarding}. */
    private static final ProxyOptions PROXY_OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    private final Vertx vertx;
    private final GatewayRoutes config;
    private final ProblemResponses problems;
    private RouteTable table;
    private HttpClientOptions clientOptions;
    /**
     * One upstream client per event loop: a client's pooled connections live on the loops that
     * opened them, and a shared pool hands a call's upstream leg to another loop (a cross-thread
     * wake-up per call, issue 18's profile). A call forwarded off the event loops uses the shared one.
     */
    private final Map<Thread, HttpClient> clientsByEventLoop = new ConcurrentHashMap<>();

    private HttpClient sharedClient;

    ApiProxy(Vertx vertx, GatewayRoutes config, ProblemResponses problems) {
        this.vertx = vertx;
        this.config = config;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        table = RouteTable.of(config.routes());
        clientOptions = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64);
        sharedClient = vertx.createHttpClient(clientOptions);
        table.routes()
                .forEach(route -> LOG.infof(
                        "Route %s/** -> %s://%s:%d%s",
                        route.prefix(),
                        route.upstream().ssl() ? "https" : "http",
                        route.upstream().host(),
                        route.upstream().port(),
                        route.upstream().basePath()));
        router.routeWithRegex(ApiPaths.ROUTE_REGEX).order(RouteOrder.API_PROXY).handler(this::forward);
        router.routeWithRegex(ApiPaths.FHIR_ROUTE_REGEX)
                .order(RouteOrder.API_PROXY)
                .handler(this::forward);
    }

    @PreDestroy
    void close() {
        clientsByEventLoop.values().forEach(HttpClient::close);
        if (sharedClient != null) {
            sharedClient.close();
        }
    }

    // package-private for ApiProxyClientsTest
    HttpClient client() {
        if (Context.isOnEventLoopThread()) {
            return clientsByEventLoop.computeIfAbsent(
                    Thread.currentThread(), loop -> vertx.createHttpClient(clientOptions));
        }
        return sharedClient;
    }

    /** Whether the route table sends this call's path to a service. */
    boolean proxies(RoutingContext context) {
        return table.match(context.normalizedPath()).isPresent();
    }

    void forward(RoutingContext context) {
        Optional<RouteTable.Route> route = table.match(context.normalizedPath());
        if (route.isEmpty()) {
            context.next();
            return;
        }
        Optional<String> accessToken = accessToken(context);
        if (accessToken.isEmpty()) {
            // Unreachable while /api/* is an authenticated path; never forward a call without a user.
            problems.send(context, ProblemType.UNAUTHENTICATED, ApiChallenge.DETAIL);
            return;
        }
        Upstream upstream = route.get().upstream();
        long timeoutMillis = config.upstreamTimeout().toMillis();
        RequestOptions origin = new RequestOptions()
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(timeoutMillis);
        String uri = upstream.uriFor(context.normalizedPath(), context.request().query());
        HttpProxy.reverseProxy(PROXY_OPTIONS, client())
                .origin(proxyContext -> proxyContext.client().request(new RequestOptions(origin)))
                .addInterceptor(new UpstreamForwarding(route.get(), uri, accessToken.get(), timeoutMillis, problems))
                .handle(context.request());
    }

    /** The session's access token, which quarkus-oidc refreshes before it expires. */
    static Optional<String> accessToken(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
                if (token != null && token.getToken() != null) {
                    return Optional.of(token.getToken());
                }
            }
        }
        return Optional.empty();
    }
}
