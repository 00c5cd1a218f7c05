package org.motus.gateway.visit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.gateway.access.Caller;
import org.motus.gateway.access.CurrentCaller;
import org.motus.gateway.openapi.Examples;

/**
 * Video visits, for their two participants. A visit outside your reach answers 404; a step the
 * visit's status does not allow answers 409. The signalling socket is {@code /api/v1/visits/{id}/signal}
 * (see SIGNALLING.md), the ICE servers {@code /api/v1/visits/{id}/ice-servers}.
 */
@Path("/v1/visits")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Visits")
public class VisitResource {

    /** ratelimit.WriteRateLimit answers before this resource is reached. */
    private static final String WRITE_LIMIT =
            "Too many changes in a short time (the per-person write limit); Retry-After says when to try again";

    static final String CALENDAR = "text/calendar";

    private final VisitService visits;
    private final CurrentCaller caller;

    VisitResource(VisitService visits, CurrentCaller caller) {
        this.visits = visits;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Your visits, upcoming (soonest first) and the latest 100 past (latest first)")
    @APIResponse(responseCode = "200")
    public VisitList list() {
        return visits.list(caller());
    }

    @POST
    @APIResponse(responseCode = "429", description = WRITE_LIMIT)
    @RolesAllowed(Caller.THERAPIST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a visit with a patient on your caseload")
    @APIResponse(
            responseCode = "201",
            description = "Booked; Location names the new visit",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class),
                            examples = @ExampleObject(name = "booked", value = Examples.VISIT)))
    @APIResponse(responseCode = "404", description = "No such patient on your caseload")
    @APIResponse(
            responseCode = "409",
            description = "You or the patient already have a visit in that slot (no double booking)")
    public Response schedule(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ScheduleVisit.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "follow-up",
                                                            value = Examples.SCHEDULE_VISIT)))
                    @NotNull
                    @Valid
                    ScheduleVisit request,
            @Context UriInfo uri) {
        VisitView visit = visits.schedule(caller(), request);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + visit.id()))
                .entity(visit)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your visits")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "No such visit, or not yours")
    public VisitView get(@PathParam("id") UUID id) {
        return visits.get(caller(), id);
    }

    @POST
    @APIResponse(responseCode = "429", description = WRITE_LIMIT)
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Cancel one of your visits before its start, with a reason the other participant reads"
                    + " (the therapist declines a requested visit this way)")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class),
                            examples = @ExampleObject(name = "cancelled", value = Examples.VISIT_CANCELLED)))
    @APIResponse(
            responseCode = "409",
            description = "Already started, ended or cancelled",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "too late", value = Examples.PROBLEM_NOT_CANCELLABLE)))
    @APIResponse(responseCode = "404", description = "No such visit, or not yours")
    public VisitView cancel(
            @PathParam("id") UUID id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ChangeReason.class),
                                            examples = @ExampleObject(name = "ill", value = Examples.CHANGE_REASON)))
                    @NotNull
                    @Valid
                    ChangeReason reason) {
        return visits.cancel(caller(), id, reason.reason());
    }

    @POST
    @APIResponse(responseCode = "429", description = WRITE_LIMIT)
    @Path("/{id}/confirm")
    @Operation(summary = "Accept a visit the patient asked for (its therapist): it is booked and reminders planned")
    @APIResponse(
            responseCode = "200",
            description = "Confirmed: SCHEDULED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class),
                            examples = @ExampleObject(name = "confirmed", value = Examples.VISIT)))
    @APIResponse(responseCode = "403", description = "The patient cannot confirm their own request")
    @APIResponse(responseCode = "404", description = "No such visit, or not yours")
    @APIResponse(
            responseCode = "409",
            description = "Not a requested visit, or its time has passed",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "too late", value = Examples.PROBLEM_NOT_MOVABLE)))
    public VisitView confirm(@PathParam("id") UUID id) {
        return visits.confirm(caller(), id);
    }

    @POST
    @APIResponse(responseCode = "429", description = WRITE_LIMIT)
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move one of your visits to another time before its start, with a reason: the therapist to any"
                    + " time free of clashes, the patient to one of the therapist's free slots (it then waits for"
                    + " the therapist to confirm it)")
    @APIResponse(
            responseCode = "200",
            description =
                    "Moved; SCHEDULED when the therapist moved it (the patient's reminders follow), REQUESTED when the patient did",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class),
                            examples = @ExampleObject(name = "moved", value = Examples.VISIT)))
    @APIResponse(responseCode = "403", description = "The patient tried to change the visit's length")
    @APIResponse(responseCode = "404", description = "No such visit, or not yours")
    @APIResponse(
            responseCode = "409",
            description =
                    "Already started, waiting, ended or cancelled; or the new slot clashes with another visit of yours or the patient's; or (the patient) not a free slot",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "too late", value = Examples.PROBLEM_NOT_MOVABLE)))
    public VisitView reschedule(
            @PathParam("id") UUID id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = RescheduleVisit.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "next day",
                                                            value = Examples.RESCHEDULE_VISIT)))
                    @NotNull
                    @Valid
                    RescheduleVisit request) {
        return visits.reschedule(caller(), id, request);
    }

    @POST
    @APIResponse(responseCode = "429", description = WRITE_LIMIT)
    @Path("/{id}/end")
    @Operation(summary = "End a visit in progress, or close one nobody attended once its time has come (its therapist)")
    @APIResponse(
            responseCode = "200",
            description = "Ended",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitView.class),
                            examples = @ExampleObject(name = "ended", value = Examples.VISIT)))
    @APIResponse(
            responseCode = "409",
            description = "Not in progress",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(name = "not in progress", value = Examples.PROBLEM_NOT_IN_PROGRESS)))
    public VisitView end(@PathParam("id") UUID id) {
        return visits.end(caller(), id);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(CALENDAR)
    @Operation(summary = "The visit as an iCalendar (RFC 5545) file for your calendar")
    @APIResponse(
            responseCode = "200",
            description = "One VEVENT; Content-Disposition: attachment",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@PathParam("id") UUID id, @Context UriInfo uri) {
        String joinUrl = uri.getBaseUri().resolve("/visits/" + id).toString();
        VisitCalendar.Event event = visits.calendarEvent(caller(), id, joinUrl);
        return Response.ok(VisitCalendar.of(event, visits.now()), CALENDAR + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"motus-visit-" + id + ".ics\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/{id}/record")
    @Operation(summary = "What happened: actual start and end, duration, who joined when, reconnects")
    @APIResponse(responseCode = "200")
    public VisitRecordView record(@PathParam("id") UUID id) {
        return visits.record(caller(), id);
    }

    @GET
    @Path("/{id}/note")
    @Operation(summary = "The therapist's visit note (clinical data: the treating therapist only; audited)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "No such visit, or you are not its treating therapist")
    public VisitNote readNote(@PathParam("id") UUID id) {
        return visits.readNote(caller(), id);
    }

    @PUT
    @APIResponse(responseCode = "429", description = WRITE_LIMIT)
    @Path("/{id}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the visit note (the treating therapist only; audited)")
    @APIResponse(
            responseCode = "200",
            description = "Written",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VisitNote.class),
                            examples = @ExampleObject(name = "written", value = Examples.VISIT_NOTE)))
    @APIResponse(responseCode = "404", description = "No such visit, or you are not its treating therapist")
    public VisitNote writeNote(
            @PathParam("id") UUID id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = NoteText.class),
                                            examples =
                                                    @ExampleObject(name = "note", value = Examples.VISIT_NOTE_WRITE)))
                    @NotNull
                    @Valid
                    NoteText note) {
        return visits.writeNote(caller(), id, note.text());
    }

    private Caller caller() {
        return caller.get();
    }
}
