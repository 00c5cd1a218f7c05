package org.motus.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.ratelimit.WriteRateLimit;
import org.motus.gateway.security.ApiPaths;
import org.motus.gateway.security.CsrfGuard;
import org.motus.gateway.session.RememberedSessions;
import org.motus.gateway.signalling.EndedLoginSessions;

/**
 * The short way for the everyday call: a proxied /api call whose session this replica confirmed and
 * verified lately ({@link RememberedSessions}) goes to its service from here, before Quarkus' HTTP
 * security, which would otherwise build the very same identity again through its mechanism chain
 * (about half of the gateway's Java samples per call in a JFR profile of the hop, docs/adr/0059). The call passes
 * the same checks as on the long way, in the same order: the body limit, the ended-session refusal,
 * the CSRF rule, the write limit, then {@link ApiProxy}.
 *
 * <p>Only the plain case is served here. Anything else goes on to the long way unchanged, which then
 * answers as it always did: no remembered identity (no cookie, an unknown or tampered reference, a
 * session due to be read again, tokens near their refresh), a path outside the route table, a bearer
 * header, an upgrade, a body above the limit, an ended session (401 and the cookie deleted), a CSRF
 * violation (403). The write limit is the one refusal given here, because taking from the bucket twice
 * would count one call twice.
 */
@ApplicationScoped
public class RememberedSessionProxy {

    private final RememberedSessions sessions;
    private final EndedLoginSessions ended;
    private final WriteRateLimit writeLimit;
    private final ApiProxy proxy;
    private final long maxBodyBytes;
    private final boolean compression;
    private final Counter served;

    RememberedSessionProxy(
            RememberedSessions sessions,
            EndedLoginSessions ended,
            WriteRateLimit writeLimit,
            ApiProxy proxy,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean compression) {
        this.sessions = sessions;
        this.ended = ended;
        this.writeLimit = writeLimit;
        this.proxy = proxy;
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.compression = compression;
        this.served = Counter.builder("motus.gateway.api.remembered-sessions")
                .description("Proxied /api calls served on a remembered session, without Quarkus' security chain")
                .register(registry);
    }

    void register(@Observes Router router) {
        router.routeWithRegex(ApiPaths.ROUTE_REGEX)
                .order(RouteOrder.REMEMBERED_SESSION)
                .handler(this::serve);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!plain(request) || !proxy.proxies(context)) {
            context.next();
            return;
        }
        Optional<SecurityIdentity> remembered = sessions.identityOf(request);
        if (remembered.isEmpty()
                || ended.ended(remembered.get())
                || CsrfGuard.violation(context).isPresent()) {
            context.next();
            return;
        }
        // The identity as Quarkus' security would have set it for this request.
        SecurityIdentity identity = QuarkusSecurityIdentity.builder(remembered.get())
                .addAttribute(RoutingContext.class.getName(), context)
                .build();
        context.setUser(new QuarkusHttpUser(identity));
        context.put(QuarkusHttpUser.DEFERRED_IDENTITY_KEY, Uni.createFrom().item(identity));
        if (compression) {
            // What Quarkus' compression route (order 0) puts on every response, as on the long way.
            context.response().putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        }
        if (!writeLimit.admit(context, identity)) {
            return;
        }
        served.increment();
        proxy.forward(context);
    }

    /** No bearer header, no protocol upgrade, and a declared body within Quarkus' limit (or none declared). */
    private boolean plain(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.AUTHORIZATION)
                || request.headers().contains(HttpHeaders.UPGRADE)) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return true;
        }
        try {
            return Long.parseLong(length) <= maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
