package org.motus.therapist.progression;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.therapist.access.Caller;
import org.motus.therapist.openapi.Examples;

@Path("/api/v1/plans/{planId}/progression")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progression")
@APIResponse(
        responseCode = "503",
        description = "patient-service (who treats whom, the patient's facts) cannot be reached or failed; try again")
public class ProgressionResource {

    private final ProgressionService progression;
    private final Caller caller;

    public ProgressionResource(ProgressionService progression, Caller caller) {
        this.progression = progression;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.THERAPIST)
    @Operation(
            summary = "This week's load suggestion for the plan's strength items, one verdict per item",
            description =
                    "From last week's sessions in patient-service, in the patient's time zone (clinical-rules.md §5, 12-15, 18). Per item, "
                            + "only sessions that included it count: INCREASE 5-10 % when at least half its prescribed sessions were done and every "
                            + "one met the two-hour rule (on time) and the patient's ceiling; STEP_BACK when one did not; HOLD otherwise, and for "
                            + "every item after a session above the heart-rate cap that week.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgressionViews.SuggestionView.class),
                            examples = {
                                @ExampleObject(name = "increase", value = Examples.PROGRESSION_INCREASE),
                                @ExampleObject(name = "step back", value = Examples.PROGRESSION_STEP_BACK)
                            }))
    @APIResponse(responseCode = "404", description = "No such plan, not your patient, or nothing published yet")
    public ProgressionViews.SuggestionView suggestion(
            @PathParam("planId") UUID planId,
            @Parameter(
                            description =
                                    "Any day of the current week (ISO date); default today in the patient's time zone",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("date")
                    String date) {
        return progression.suggestion(caller, planId, date);
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.THERAPIST)
    @Operation(summary = "Accept the week's suggestion: publishes the next plan version with the changed loads")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "accept",
                                            value = "{\"weekStart\":\"2026-11-23\",\"percent\":5}")))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgressionViews.SuggestionView.class),
                            examples = @ExampleObject(name = "accepted", value = Examples.PROGRESSION_ACCEPTED)))
    @APIResponse(
            responseCode = "409",
            description = "Already answered, a HOLD suggestion, or an open draft",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "answered", value = Examples.PROBLEM_CONFLICT_ANSWERED)))
    @APIResponse(
            responseCode = "422",
            description = "percent outside 5-10",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "percent", value = Examples.PROBLEM_PERCENT)))
    public ProgressionViews.SuggestionView accept(
            @PathParam("planId") UUID planId, @NotNull @Valid ProgressionViews.Answer answer) {
        return progression.accept(caller, planId, answer);
    }

    @POST
    @Path("/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.THERAPIST)
    @Operation(summary = "Dismiss the week's suggestion; the plan stays as it is")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "dismiss",
                                            value = "{\"weekStart\":\"2026-11-23\",\"reason\":\"Holiday week\"}")))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgressionViews.SuggestionView.class),
                            examples = @ExampleObject(name = "dismissed", value = Examples.PROGRESSION_DISMISSED)))
    @APIResponse(
            responseCode = "409",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "answered", value = Examples.PROBLEM_CONFLICT_ANSWERED)))
    public ProgressionViews.SuggestionView dismiss(
            @PathParam("planId") UUID planId, @NotNull @Valid ProgressionViews.Answer answer) {
        return progression.dismiss(caller, planId, answer);
    }
}
