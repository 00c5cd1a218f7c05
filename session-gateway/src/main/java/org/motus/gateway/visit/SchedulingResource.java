package org.motus.gateway.visit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.gateway.access.Caller;
import org.motus.gateway.access.CurrentCaller;
import org.motus.gateway.openapi.Examples;
import org.motus.gateway.problem.VisitProblems;
import org.motus.problem.NotFound;

/**
 * Scheduling (issue 19 item 4): a therapist's weekly hours, the free slots a patient sees in them,
 * and a patient's request for one. Confirming, declining (cancel), moving and cancelling a visit
 * are {@link VisitResource}'s.
 */
@Path("/v1/visits")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Visits")
public class SchedulingResource {

    private static final String WRITE_LIMIT =
            "Too many changes in a short time (the per-person write limit); Retry-After says when to try again";

    private final TherapistHours hours;
    private final VisitService visits;
    private final VisitAccess access;
    private final CurrentCaller caller;

    SchedulingResource(TherapistHours hours, VisitService visits, VisitAccess access, CurrentCaller caller) {
        this.hours = hours;
        this.visits = visits;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Path("/hours")
    @RolesAllowed(Caller.THERAPIST)
    @Operation(summary = "Your weekly hours for video visits, and the clinic's visit length and buffer")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WeeklyHoursView.class),
                            examples = @ExampleObject(name = "two windows", value = Examples.WEEKLY_HOURS_VIEW)))
    public WeeklyHoursView hours() {
        return hours.of(caller.get());
    }

    @PUT
    @Path("/hours")
    @RolesAllowed(Caller.THERAPIST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set your weekly hours (replaces them all); patients may ask for visits in them")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WeeklyHoursView.class),
                            examples = @ExampleObject(name = "two windows", value = Examples.WEEKLY_HOURS_VIEW)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed, an unknown time zone, or windows that end before they start or overlap",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "overlap", value = Examples.PROBLEM_HOURS_OVERLAP)))
    @APIResponse(responseCode = "429", description = WRITE_LIMIT)
    public WeeklyHoursView setHours(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = WeeklyHours.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "two windows",
                                                            value = Examples.WEEKLY_HOURS)))
                    @NotNull
                    @Valid
                    WeeklyHours request) {
        return hours.set(caller.get(), request);
    }

    @GET
    @Path("/open-slots")
    @RolesAllowed(Caller.PATIENT)
    @Operation(
            summary = "The times you may ask for a visit: the free slots of your care team's therapists who set hours,"
                    + " from the clinic's notice on, for the next `days` days (at most the clinic's horizon)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpenSlots.class),
                            examples = @ExampleObject(name = "one therapist", value = Examples.OPEN_SLOTS)))
    @APIResponse(responseCode = "404", description = "You have no patient record yet")
    public OpenSlots openSlots(@QueryParam("days") @DefaultValue("14") @Min(1) @Max(28) int days) {
        Caller patient = caller.get();
        UUID patientId = access.patientIdOf(patient).orElseThrow(() -> new NotFound(VisitProblems.NO_RECORD_OF_YOURS));
        return hours.openSlots(patient, patientId, days);
    }

    @POST
    @Path("/requests")
    @RolesAllowed(Caller.PATIENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a therapist of your care team for a visit in one of their free slots")
    @APIResponse(
            responseCode = "201",
            description = "Asked: REQUESTED, holding the slot until the therapist confirms or declines it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class),
                            examples = @ExampleObject(name = "requested", value = Examples.VISIT_REQUESTED)))
    @APIResponse(responseCode = "404", description = "No such therapist on your care team, or they set no hours")
    @APIResponse(
            responseCode = "409",
            description = "That time is not a free slot (taken meanwhile, or never offered)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "taken", value = Examples.PROBLEM_SLOT_TAKEN)))
    @APIResponse(responseCode = "429", description = WRITE_LIMIT)
    public Response request(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = RequestVisit.class),
                                            examples = @ExampleObject(name = "knee", value = Examples.REQUEST_VISIT)))
                    @NotNull
                    @Valid
                    RequestVisit request,
            @Context UriInfo uri) {
        VisitView visit = visits.request(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder()
                        .path("v1/visits")
                        .path(visit.id().toString())
                        .build())
                .entity(visit)
                .build();
    }
}
