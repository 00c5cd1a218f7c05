package org.motus.patient.exerciselog;

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
import java.net.URI;
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

@Path("/api/v1/patients/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(
        name = "Exercise sessions",
        description = "Sessions of the plan as done, with the two-hour rule, the 3/10 ceiling and advice")
public class ExerciseLogResource {

    /** Default and maximum page sizes (ADR 0044): a month of several readings a day fits one default page. */
    static final int PAGE = 500;

    static final int MAX_PAGE = 1000;

    private final ExerciseLogService sessions;
    private final CurrentCaller caller;
    private final Clock clock;

    public ExerciseLogResource(ExerciseLogService sessions, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The patient: log a session with pain before, peak during and after (safe to retry with an Idempotency-Key)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "session", value = Examples.SESSION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Stored, with the rules computed so far (the follow-up comes as a check-in)",
            content = @Content(schema = @Schema(implementation = ExerciseLogView.class)))
    @APIResponse(
            responseCode = "200",
            description =
                    "The same session (same content) was saved less than a minute ago under another key or none: nothing"
                            + " is stored, the answer is the first session and Duplicate-Of names it",
            headers =
                    @Header(name = Idempotency.DUPLICATE_OF_HEADER, description = "The id of the session saved first"),
            content = @Content(schema = @Schema(implementation = ExerciseLogView.class)))
    @APIResponse(responseCode = "403", description = "Only the patient logs sessions")
    @APIResponse(
            responseCode = "409",
            description = "The key was used for a different session, or the patient was discharged (read-only)")
    public Response log(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(description = "Makes a retry safe: unique per patient", example = Examples.IDEMPOTENCY_KEY)
                    @HeaderParam(Idempotency.HEADER)
                    @Pattern(regexp = Idempotency.KEY_PATTERN)
                    String idempotencyKey,
            @Valid @NotNull ExerciseLogRequest request,
            @Context HttpHeaders headers) {
        ExerciseLogService.Logged logged =
                sessions.log(caller.get(), id, Idempotency.keyOf(idempotencyKey, headers), request);
        Stored<ExerciseLogView> stored = logged.stored();
        URI location = URI.create(
                "/api/v1/patients/" + id + "/sessions/" + stored.value().id());
        if (logged.duplicateOf() != null) {
            return Response.ok(stored.value())
                    .location(location)
                    .header(Idempotency.DUPLICATE_OF_HEADER, logged.duplicateOf())
                    .header(Idempotency.REPLAYED_HEADER, true)
                    .build();
        }
        return Response.created(location)
                .entity(stored.value())
                .header(Idempotency.REPLAYED_HEADER, stored.replayed())
                .build();
    }

    @GET
    @Operation(
            summary =
                    "Sessions started in a time range, oldest first, with pains and rule outcomes (therapist-service reads this)",
            description = "Paged: " + PAGE + " rows by default, at most " + MAX_PAGE
                    + "; a Link header with rel=\"next\" names the next page")
    @APIResponse(responseCode = "200", description = "The sessions")
    @APIResponse(responseCode = "400", description = "Bad range, limit or cursor")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    public RestResponse<List<ExerciseLogView>> list(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @BeanParam TimeRangeQuery range,
            @BeanParam PageQuery page,
            @Context UriInfo request) {
        return NextLink.ok(
                sessions.list(caller.get(), id, range.at(clock.instant()), page.page(PAGE, MAX_PAGE)), request);
    }

    @GET
    @Path("/{sessionId}")
    @Operation(summary = "One session with its pains and rule outcomes")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    @APIResponse(responseCode = "404", description = "No such patient or session, or not within your reach")
    public ExerciseLogView one(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(example = Examples.SESSION_ID) @PathParam("sessionId") UUID sessionId) {
        return sessions.one(caller.get(), id, sessionId);
    }
}
