package org.motus.gateway.security;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells quarkus-oidc that every /api call comes from the web app's JavaScript (as do requests
 * marked {@code X-Requested-With: JavaScript|XMLHttpRequest}, quarkus-oidc's own rule). With
 * {@code quarkus.oidc.authentication.java-script-auto-redirect=false} quarkus-oidc then answers
 * such a request's challenge with status 499 instead of a redirect to Keycloak (and without
 * starting a login, so no state cookie); {@link SecurityFailures} and {@link ApiChallenge} turn
 * that into 401 problem details.
 */
@ApplicationScoped
public class ApiRequestChecker implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        if (ApiPaths.isApi(context)) {
            return true;
        }
        String requestedWith = context.request().getHeader("X-Requested-With");
        return "JavaScript".equals(requestedWith) || "XMLHttpRequest".equals(requestedWith);
    }
}
