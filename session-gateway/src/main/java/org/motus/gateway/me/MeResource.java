package org.motus.gateway.me;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person: subject, username, name, e-mail and Motus roles")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "No session (application/problem+json); sign in with GET /login")
    public Me me() {
        // A code-flow session's principal is its ID token.
        JsonWebToken idToken = (JsonWebToken) identity.getPrincipal();
        String username = idToken.getClaim("preferred_username");
        return new Me(
                idToken.getSubject(),
                username,
                displayName(idToken, username),
                idToken.getClaim("email"),
                Me.motusRoles(identity.getRoles()));
    }

    private static String displayName(JsonWebToken idToken, String username) {
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
