package org.motus.patient.prom;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.openapi.Examples;
import org.motus.patient.prom.score.Instrument;
import org.motus.problem.search.NextLink;
import org.motus.problem.search.PageQuery;

@Path("/api/v1/patients/{id}/proms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "PROMs", description = "Outcome measures (PSFS, PEG-3) scored by their published rules")
public class PromResource {

    /** Default and maximum page sizes (ADR 0044): years of fortnightly answers fit one default page. */
    static final int PAGE = 200;

    static final int MAX_PAGE = 500;

    private static final String PAGED = "Paged: " + PAGE + " rows by default, at most " + MAX_PAGE
            + "; a Link header with rel=\"next\" names the next page";

    private final PromService proms;
    private final CurrentCaller caller;

    public PromResource(PromService proms, CurrentCaller caller) {
        this.proms = proms;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The patient: answer a PROM; it is scored by its published rule (safe to retry with an Idempotency-Key)")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "PSFS", value = PromExamples.PSFS_REQUEST),
                                @ExampleObject(name = "PEG-3", value = PromExamples.PEG_REQUEST)
                            }))
    @APIResponse(
            responseCode = "201",
            description =
                    "Scored and stored; a retry with the same key answers the same with Idempotent-Replayed: true",
            content = @Content(schema = @Schema(implementation = PromView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (unknown instrument, rating outside 0-10, no items, ...)")
    @APIResponse(responseCode = "403", description = "Only the patient answers PROMs")
    @APIResponse(responseCode = "404", description = "No such patient, or not within your reach")
    @APIResponse(
            responseCode = "409",
            description = "The key was used for a different response, or the patient was discharged")
    @APIResponse(
            responseCode = "422",
            description =
                    "Not scorable by the instrument's rule: an item unanswered, PSFS with fewer than 3 or more than 5"
                            + " activities or one named twice, PEG_3 without exactly pain, enjoyment, activity")
    public Response record(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(description = "Makes a retry safe: unique per patient", example = Examples.IDEMPOTENCY_KEY)
                    @HeaderParam(Idempotency.HEADER)
                    @Pattern(regexp = Idempotency.KEY_PATTERN)
                    String idempotencyKey,
            @Valid @NotNull PromRequest request,
            @Context HttpHeaders headers) {
        Stored<PromView> stored = proms.record(caller.get(), id, Idempotency.keyOf(idempotencyKey, headers), request);
        return Response.status(Response.Status.CREATED)
                .entity(stored.value())
                .header(Idempotency.REPLAYED_HEADER, stored.replayed())
                .build();
    }

    @GET
    @Operation(
            summary = "Scores over time, oldest first, of one instrument or all (the patient or a treating therapist)",
            description = PAGED)
    @APIResponse(responseCode = "200", description = "The scored responses")
    @APIResponse(responseCode = "400", description = "Unknown instrument, bad limit or cursor")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public RestResponse<List<PromView>> list(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @QueryParam("instrument") Instrument instrument,
            @BeanParam PageQuery page,
            @Context UriInfo request) {
        return NextLink.ok(proms.list(caller.get(), id, instrument, page.page(PAGE, MAX_PAGE)), request);
    }

    @GET
    @Path("/due")
    @Operation(summary = "PROMs due now: baseline until first answered, then every 2 weeks; none once discharged")
    @APIResponse(responseCode = "200", description = "What is due")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public List<DuePromView> due(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return proms.due(caller.get(), id);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Per instrument: baseline and latest score, the change, and whether it reaches the MCID")
    @APIResponse(responseCode = "200", description = "One row per instrument answered at least once")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public List<PromSummaryView> summary(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return proms.summary(caller.get(), id);
    }
}
