package org.motus.gateway.session;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * {@code GET /login} while Keycloak is down: quarkus-oidc knows Keycloak's endpoints from its start
 * and would send the browser to a login page that cannot load. Before the login starts (ahead of
 * Quarkus security), a caller without a session cookie gets Keycloak's discovery document asked for,
 * at most once per {@link #RECHECK} and within {@code motus.gateway.sign-in-probe-timeout}. When it
 * does not answer: 503 with {@code Retry-After}, a short "sign-in is unavailable" page for browsers,
 * problem details for API/XHR callers (docs/adr/0028). Once Keycloak answers again, so does /login.
 * A caller with a session cookie goes on as before (a signed-in user is sent to {@code /}).
 */
@ApplicationScoped
public class SignInAvailability {

    static final String DETAIL = "Sign-in is unavailable right now. Please try again in a minute.";
    static final int RETRY_AFTER_SECONDS = 60;
    /** How long one answer (up or down) of Keycloak is trusted before /login asks again. */
    static final Duration RECHECK = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class);
    private static final String SESSION_COOKIE = "q_session";
    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign-in is unavailable - Motus</title>
            </head>
            <body>
            <main>
            <h1>Sign-in is unavailable</h1>
            <p>Sign-in is unavailable right now. Please try again in a minute.</p>
            <p><a href="/login">Try again</a> or go back to <a href="/">Motus</a>.</p>
            </main>
            </body>
            </html>
            """;

    private final Vertx vertx;
    private final ProblemResponses problems;
    private final Optional<String> authServerUrl;
    private final Duration probeTimeout;
    private HttpClient client;
    private Future<Boolean> lastProbe;
    private long lastProbeAt;

    SignInAvailability(
            Vertx vertx,
            ProblemResponses problems,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
            @ConfigProperty(name = "motus.gateway.sign-in-probe-timeout", defaultValue = "2S") Duration probeTimeout) {
        this.vertx = vertx;
        this.problems = problems;
        this.authServerUrl = authServerUrl.map(url -> url.endsWith("/") ? url : url + "/");
        this.probeTimeout = probeTimeout;
    }

    void register(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) probeTimeout.toMillis())
                .setKeepAlive(false));
        router.get("/login").order(RouteOrder.SIGN_IN_AVAILABILITY).handler(this::check);
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private void check(RoutingContext context) {
        if (authServerUrl.isEmpty() || hasSession(context)) {
            context.next();
            return;
        }
        Context caller = Vertx.currentContext();
        keycloakAnswers()
                .onComplete(answer -> caller.runOnContext(ignored -> {
                    if (answer.succeeded() && Boolean.TRUE.equals(answer.result())) {
                        context.next();
                    } else {
                        unavailable(context);
                    }
                }));
    }

    private static boolean hasSession(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }

    /** One probe shared by every /login that arrives while it runs, and trusted for {@link #RECHECK}. */
    synchronized Future<Boolean> keycloakAnswers() {
        long now = System.nanoTime();
        if (lastProbe != null && (!lastProbe.isComplete() || now - lastProbeAt < RECHECK.toNanos())) {
            return lastProbe;
        }
        lastProbeAt = now;
        lastProbe = probe();
        return lastProbe;
    }

    private Future<Boolean> probe() {
        Promise<Boolean> up = Promise.promise();
        RequestOptions discovery = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(authServerUrl.get() + ".well-known/openid-configuration")
                .setConnectTimeout(probeTimeout.toMillis())
                .setIdleTimeout(probeTimeout.toMillis());
        client.request(discovery).compose(request -> request.send()).onComplete(answer -> {
            if (answer.succeeded()) {
                answer.result().body();
                boolean answers = answer.result().statusCode() < 500;
                if (!answers) {
                    LOG.warnf(
                            "Sign-in unavailable: Keycloak answered %d",
                            answer.result().statusCode());
                }
                up.complete(answers);
            } else {
                LOG.warnf(
                        "Sign-in unavailable: Keycloak does not answer (%s)",
                        answer.cause().toString());
                up.complete(false);
            }
        });
        return up.future();
    }

    private void unavailable(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        context.response()
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsProblem(context)) {
            problems.send(context.response(), Problem.of(ProblemType.UPSTREAM_UNAVAILABLE, DETAIL));
        } else {
            context.response()
                    .setStatusCode(ProblemType.UPSTREAM_UNAVAILABLE.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(PAGE);
        }
    }

    /** The web app's own calls and other API clients: they ask for JSON or say who they are. */
    static boolean wantsProblem(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean html = accept != null && accept.contains("text/html");
        boolean json = accept != null && accept.contains("json");
        return !html && (json || context.request().getHeader("X-Requested-By") != null);
    }
}
