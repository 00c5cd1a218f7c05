package org.motus.patient.checkin;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.motus.patient.validation.TimeRangeQuery;
import org.motus.problem.search.NextLink;
import org.motus.problem.search.PageQuery;

@Path("/api/v1/patients/{id}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Check-ins", description = "Pain 0-10 before, during, after and two hours after a session, or daily")
public class CheckInResource {

    /** Default and maximum page sizes (ADR 0044): a month of several readings a day fits one default page. */
    static final int PAGE = 500;

    static final int MAX_PAGE = 1000;

    private final CheckInService checkIns;
    private final CurrentCaller caller;
    private final Clock clock;

    public CheckInResource(CheckInService checkIns, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.checkIns = checkIns;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The patient: record a pain check-in (safe to retry with an Idempotency-Key)")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "follow-up of a session", value = Examples.CHECK_IN_REQUEST),
                                @ExampleObject(name = "daily", value = Examples.DAILY_CHECK_IN_REQUEST),
                                @ExampleObject(
                                        name = "daily with a red flag",
                                        value = Examples.RED_FLAG_CHECK_IN_REQUEST)
                            }))
    @APIResponse(
            responseCode = "201",
            description =
                    "Stored, with the advice to show at once; a retry with the same key answers the same with Idempotent-Replayed: true",
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInView.class),
                            examples = {
                                @ExampleObject(name = "follow-up", value = Examples.CHECK_IN),
                                @ExampleObject(name = "red flag", value = Examples.RED_FLAG_CHECK_IN)
                            }))
    @APIResponse(
            responseCode = "200",
            description =
                    "The same check-in (same content) was sent less than a minute ago under another key or none: nothing"
                            + " is stored, the answer is the first check-in and Duplicate-Of names it",
            headers =
                    @Header(
                            name = Idempotency.DUPLICATE_OF_HEADER,
                            description = "The id of the check-in stored first"),
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInView.class),
                            examples = @ExampleObject(name = "the first, again", value = Examples.CHECK_IN)))
    @APIResponse(
            responseCode = "422",
            description =
                    "A follow-up before its window opens (the problem says when, windowOpensAt) or dated before the session ended",
            content = @Content(examples = @ExampleObject(name = "too early", value = Examples.TOO_EARLY_PROBLEM)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Invalid input (pain outside 0-10, note over 1,000 characters, unknown or repeated red-flag code, FOLLOW_UP without its session, time in the future or older than 7 days, ...)")
    @APIResponse(responseCode = "403", description = "Only the patient records check-ins")
    @APIResponse(responseCode = "404", description = "No such patient or session, or not within your reach")
    @APIResponse(
            responseCode = "409",
            description =
                    "The key was used for a different check-in, the session has this kind already, or the patient was discharged (read-only)")
    public Response record(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(description = "Makes a retry safe: unique per patient", example = Examples.IDEMPOTENCY_KEY)
                    @HeaderParam(Idempotency.HEADER)
                    @Pattern(regexp = Idempotency.KEY_PATTERN)
                    String idempotencyKey,
            @Valid @NotNull CheckInRequest request,
            @Context HttpHeaders headers) {
        CheckInService.Recorded recorded =
                checkIns.record(caller.get(), id, Idempotency.keyOf(idempotencyKey, headers), request);
        Stored<CheckInView> stored = recorded.stored();
        if (recorded.duplicateOf() != null) {
            return Response.ok(stored.value())
                    .header(Idempotency.DUPLICATE_OF_HEADER, recorded.duplicateOf())
                    .header(Idempotency.REPLAYED_HEADER, true)
                    .build();
        }
        return Response.status(Response.Status.CREATED)
                .entity(stored.value())
                .header(Idempotency.REPLAYED_HEADER, stored.replayed())
                .build();
    }

    @GET
    @Operation(
            summary = "Check-ins in a time range, oldest first (the patient or a treating therapist)",
            description = "Paged: " + PAGE + " rows by default, at most " + MAX_PAGE
                    + "; a Link header with rel=\"next\" names the next page")
    @APIResponse(responseCode = "200", description = "The check-ins")
    @APIResponse(responseCode = "400", description = "Bad range, limit or cursor")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public RestResponse<List<CheckInView>> list(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @BeanParam TimeRangeQuery range,
            @BeanParam PageQuery page,
            @Context UriInfo request) {
        return NextLink.ok(
                checkIns.list(caller.get(), id, range.at(clock.instant()), page.page(PAGE, MAX_PAGE)), request);
    }
}
