package org.motus.gateway.me;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/v1/me}: who is signed in, from the session's ID token and access-token roles. */
@Path("/v1/me")
@Authenticated
public class MeResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person: subject, username, name, e-mail and Motus roles")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "No session (application/problem+json); sign in with GET /login")
    public Me me() {
        String username = idToken.getClaim("preferred_username");
        return new Me(idToken.getSubject(), username, displayName(username), idToken.getClaim("email"),
                Me.motusRoles(identity.getRoles()));
    }

    private String displayName(String username) {
        String name = idToken.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String given = idToken.getClaim("given_name");
        String family = idToken.getClaim("family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? username : joined;
    }
}
