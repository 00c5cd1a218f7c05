package org.motus.patient.flag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;
import org.motus.patient.validation.QueryParams;
import org.motus.problem.search.NextLink;
import org.motus.problem.search.PageQuery;

@Path("/api/v1/patients/{id}/flags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(
        name = "Flags",
        description = "Sessions that broke the 3/10 ceiling or the two-hour rule, for the treating therapist")
public class FlagResource {

    /** Default and maximum page sizes (ADR 0044). */
    static final int PAGE = 100;

    static final int MAX_PAGE = 500;

    private static final String PAGED = "Paged: " + PAGE + " rows by default, at most " + MAX_PAGE
            + "; a Link header with rel=\"next\" names the next page";

    private final FlagService flags;
    private final CurrentCaller caller;

    public FlagResource(FlagService flags, CurrentCaller caller) {
        this.flags = flags;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The patient's flags, newest first (the patient or a treating therapist)", description = PAGED)
    @APIResponse(responseCode = "200", description = "The flags")
    @APIResponse(responseCode = "400", description = "Unknown status, bad limit or cursor")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public RestResponse<List<FlagView>> list(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(
                            description = "Which flags",
                            example = "OPEN",
                            schema = @Schema(implementation = FlagStatus.class, defaultValue = "OPEN"))
                    @QueryParam("status")
                    String status,
            @BeanParam PageQuery page,
            @Context UriInfo request) {
        return NextLink.ok(
                flags.list(
                        caller.get(),
                        id,
                        QueryParams.choice("status", status, FlagStatus.class, FlagStatus.OPEN),
                        page.page(PAGE, MAX_PAGE)),
                request);
    }

    @POST
    @Path("/{flagId}/acknowledgement")
    @Operation(summary = "The treating therapist: acknowledge an open flag")
    @APIResponse(responseCode = "200", description = "The acknowledged flag")
    @APIResponse(responseCode = "403", description = "Only a treating therapist acknowledges")
    @APIResponse(responseCode = "404", description = "No such patient or flag, or not within your reach")
    @APIResponse(responseCode = "409", description = "Acknowledged already, or the patient was discharged (read-only)")
    public FlagView acknowledge(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(example = Examples.FLAG_ID) @PathParam("flagId") UUID flagId) {
        return flags.acknowledge(caller.get(), id, flagId);
    }
}
