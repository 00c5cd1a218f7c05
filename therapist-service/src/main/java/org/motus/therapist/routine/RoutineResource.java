package org.motus.therapist.routine;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.therapist.access.Caller;
import org.motus.therapist.openapi.Examples;

/**
 * Today's routine, under the plan's paths. Its own resource so that {@code plan} does not depend on
 * {@code routine} (which reads plans): the package graph stays free of cycles.
 */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@APIResponse(
        responseCode = "503",
        description = "patient-service (who treats whom, the patient's facts) cannot be reached or failed; try again")
public class RoutineResource {

    private static final String PROBLEM = "application/problem+json";

    private final RoutineService routines;
    private final Caller caller;

    public RoutineResource(RoutineService routines, Caller caller) {
        this.routines = routines;
        this.caller = caller;
    }

    @GET
    @Path("/mine/today")
    @RolesAllowed(Caller.PATIENT)
    @Operation(summary = "Today's routine: the active plan's items due on a date, in order, with timer data")
    @APIResponse(responseCode = "200")
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "bad date", value = Examples.PROBLEM_BAD_DATE)))
    @APIResponse(responseCode = "404")
    public TodayView mineToday(
            @Parameter(
                            description = "The patient's local date (ISO); default today in the patient's time zone",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("date")
                    String date) {
        return routines.mine(caller, date);
    }

    @GET
    @Path("/{id}/today")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST})
    @Operation(summary = "The routine due on a date (a therapist's preview of what the patient sees)")
    @APIResponse(responseCode = "200")
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            examples = @ExampleObject(name = "bad date", value = Examples.PROBLEM_BAD_DATE)))
    public TodayView today(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "ISO date; default today in the patient's time zone",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("date")
                    String date) {
        return routines.forPlan(caller, id, date);
    }
}
