package org.motus.gateway.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.gateway.session.LoginSessionTokens;
import org.motus.problem.DatabaseUnavailable;
import org.motus.problem.ProblemType;

/**
 * Answers the authentication challenge of an /api call that has no session with 401 problem
 * details. It authenticates nobody: the session cookie is quarkus-oidc's. It only ranks above
 * quarkus-oidc's mechanism when Quarkus asks who sends the challenge for an anonymous request that
 * an HTTP permission denied; for pages it declines, and quarkus-oidc redirects to Keycloak.
 * (A session cookie that fails to authenticate takes the other path, {@link SecurityFailures}.)
 */
@ApplicationScoped
public class ApiChallenge implements HttpAuthenticationMechanism {

    static final String WWW_AUTHENTICATE_HEADER = "WWW-Authenticate";
    static final String WWW_AUTHENTICATE = "OIDC";
    public static final String DETAIL = "Sign in to use the Motus API: GET /login.";

    private final ProblemResponses problems;

    ApiChallenge(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!ApiPaths.isApi(context)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, WWW_AUTHENTICATE_HEADER, WWW_AUTHENTICATE));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!ApiPaths.isApi(context)) {
            return Uni.createFrom().item(false);
        }
        if (LoginSessionTokens.unreachable(context)) {
            // A session cookie whose tokens the unreachable database could not give: not signed out.
            context.response()
                    .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            problems.send(context, ProblemType.UPSTREAM_UNAVAILABLE, SecurityFailures.SESSIONS_UNAVAILABLE);
            return Uni.createFrom().item(true);
        }
        context.response().putHeader(WWW_AUTHENTICATE_HEADER, WWW_AUTHENTICATE);
        problems.send(context, ProblemType.UNAUTHENTICATED, DETAIL);
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        // quarkus-oidc's mechanism has DEFAULT_PRIORITY + 1; challenges are asked in descending order.
        return DEFAULT_PRIORITY + 100;
    }
}
