package org.motus.gateway.ice;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.gateway.access.Caller;
import org.motus.gateway.access.CurrentCaller;
import org.motus.gateway.openapi.Examples;
import org.motus.gateway.visit.VisitService;

/** {@code GET /api/v1/visits/{id}/ice-servers}: STUN/TURN for a participant of the visit, with a short-lived TURN credential. */
@Path("/v1/visits/{id}/ice-servers")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Visits")
public class IceServersResource {

    private final VisitService visits;
    private final IceServerPlan plan;
    private final CurrentCaller currentCaller;

    IceServersResource(VisitService visits, IceServerPlan plan, CurrentCaller currentCaller) {
        this.visits = visits;
        this.plan = plan;
        this.currentCaller = currentCaller;
    }

    @GET
    @Operation(
            summary =
                    "ICE servers for the visit's call (RTCConfiguration.iceServers); empty when no STUN/TURN is configured")
    @APIResponse(
            responseCode = "200",
            description = "Cache-Control: no-store (a credential)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IceServers.class),
                            examples = {
                                @ExampleObject(name = "stun and turn", value = Examples.ICE_SERVERS),
                                @ExampleObject(name = "none configured", value = Examples.ICE_SERVERS_NONE)
                            }))
    @APIResponse(responseCode = "404", description = "No such visit, or not yours")
    public Response iceServers(@PathParam("id") UUID id) {
        Caller caller = currentCaller.get();
        visits.get(caller, id);
        return Response.ok(plan.forSubject(caller.subject()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
