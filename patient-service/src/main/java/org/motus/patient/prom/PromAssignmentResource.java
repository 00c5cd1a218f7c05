package org.motus.patient.prom;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;

@Path("/api/v1/patients/{id}/prom-assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "PROMs", description = "Outcome measures (PSFS, PEG-3) scored by their published rules")
public class PromAssignmentResource {

    private final PromAssignments assignments;
    private final CurrentCaller caller;

    public PromAssignmentResource(PromAssignments assignments, CurrentCaller caller) {
        this.assignments = assignments;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "The therapist's choices: the instruments on the regular schedule and the assignments not yet"
                    + " answered (the patient or a treating therapist)")
    @APIResponse(responseCode = "200", description = "The schedule per instrument and the open assignments")
    @APIResponse(responseCode = "403", description = "An admin does not read clinical data")
    @APIResponse(responseCode = "404", description = "No such patient, or not within your reach")
    public PromAssignmentsView view(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return assignments.view(caller.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A treating therapist: ask the patient to answer an instrument now, on demand or before"
                    + " discharge; the patient is told and sees it on Today until answered")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "for discharge", value = PromExamples.ASSIGN_DISCHARGE),
                                @ExampleObject(name = "on demand", value = PromExamples.ASSIGN_ON_DEMAND)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Assigned",
            content = @Content(schema = @Schema(implementation = PromAssignmentView.class)))
    @APIResponse(
            responseCode = "200",
            description = "An assignment of this instrument was still waiting for its answer: that one is kept"
                    + " (asked for discharge, it becomes a discharge assignment)",
            content = @Content(schema = @Schema(implementation = PromAssignmentView.class)))
    @APIResponse(responseCode = "400", description = "Unknown instrument or reason")
    @APIResponse(responseCode = "403", description = "Only a treating therapist assigns PROMs")
    @APIResponse(responseCode = "404", description = "No such patient, or not within your reach")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    public Response assign(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull AssignPromRequest request) {
        PromAssignments.Assigned assigned = assignments.assign(caller.get(), id, request);
        return Response.status(assigned.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(assigned.assignment())
                .build();
    }

    @PUT
    @Path("/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A treating therapist: which instruments run on the regular schedule (baseline, then every 2"
                    + " weeks); an instrument not named keeps its choice, every instrument is on until turned off")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "PSFS only", value = PromExamples.SCHEDULE)))
    @APIResponse(responseCode = "200", description = "The schedule per instrument and the open assignments")
    @APIResponse(responseCode = "400", description = "Unknown instrument, or a choice missing")
    @APIResponse(responseCode = "403", description = "Only a treating therapist assigns PROMs")
    @APIResponse(responseCode = "404", description = "No such patient, or not within your reach")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "422", description = "An instrument named twice")
    public PromAssignmentsView choose(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull PromScheduleRequest request) {
        return assignments.choose(caller.get(), id, request);
    }

    @DELETE
    @Path("/{assignmentId}")
    @Operation(summary = "A treating therapist: withdraw an assignment the patient has not answered yet")
    @APIResponse(responseCode = "204", description = "Withdrawn (withdrawing again changes nothing)")
    @APIResponse(responseCode = "403", description = "Only a treating therapist assigns PROMs")
    @APIResponse(responseCode = "404", description = "No such patient or assignment, or not within your reach")
    @APIResponse(responseCode = "409", description = "Answered already, or the patient was discharged")
    public void withdraw(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(example = PromExamples.ASSIGNMENT_ID) @PathParam("assignmentId") UUID assignmentId) {
        assignments.withdraw(caller.get(), id, assignmentId);
    }
}
