package org.motus.patient.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.motus.patient.openapi.ConsentExamples;
import org.motus.patient.openapi.Examples;

@Path("/api/v1/patients/{id}/consents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(
        name = "Consents",
        description = "Consent to telehealth and to remote monitoring, with the time and the version of the text")
public class ConsentResource {

    private final ConsentService consents;
    private final CurrentCaller caller;

    public ConsentResource(ConsentService consents, CurrentCaller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary =
                    "Where the patient's consents stand, and every decision (the patient, a treating therapist, an admin)")
    @APIResponse(responseCode = "200", description = "The consents")
    public ConsentsView consents(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return consents.consents(caller.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The patient: accept, decline or withdraw a consent, naming the version of the text read")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "accept", value = ConsentExamples.DECISION)))
    @APIResponse(
            responseCode = "201",
            description = "The decision is stored; the consents after it",
            content = @Content(schema = @Schema(implementation = ConsentsView.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same decision on the same version was stored before; nothing new is stored",
            content = @Content(schema = @Schema(implementation = ConsentsView.class)))
    @APIResponse(responseCode = "403", description = "Only the patient decides")
    @APIResponse(responseCode = "409", description = "The text in force has another version: read it again")
    public Response decide(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @Valid @NotNull ConsentDecisionRequest request) {
        ConsentService.Outcome outcome = consents.decide(caller.get(), id, request, userAgent);
        return Response.status(outcome.stored() ? 201 : 200)
                .entity(outcome.consents())
                .build();
    }
}
