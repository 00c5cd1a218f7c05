package org.motus.patient.careteam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;

@Path("/api/v1/patients/{id}/care-team")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Care team", description = "Which therapists treat a patient; admins assign them")
public class CareTeamResource {

    private final CareTeamService careTeam;
    private final CurrentCaller caller;

    public CareTeamResource(CareTeamService careTeam, CurrentCaller caller) {
        this.careTeam = careTeam;
        this.caller = caller;
    }

    static final String SUBJECT_PATTERN = "^[A-Za-z0-9._@:-]{1,255}$";

    @GET
    @Operation(summary = "The patient's care team (the patient, a treating therapist, or an admin)")
    @APIResponse(responseCode = "200", description = "The therapists treating the patient")
    public List<CareTeamMemberView> members(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return careTeam.members(caller.get(), id);
    }

    @PUT
    @Path("/{therapistSubject}")
    @Operation(summary = "Admin: put a therapist (by Keycloak subject) on the care team; repeating it changes nothing")
    @APIResponse(responseCode = "200", description = "The membership")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "422", description = "The subject is not an existing therapist account")
    public CareTeamMemberView assign(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(example = Examples.THERAPIST_SUBJECT)
                    @PathParam("therapistSubject")
                    @Pattern(regexp = SUBJECT_PATTERN)
                    String therapistSubject) {
        return careTeam.assign(caller.get(), id, therapistSubject);
    }

    @POST
    @Path("/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Admin: hand the patient from one therapist to another with a note; the old therapist loses access at once")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "transfer", value = Examples.TRANSFER)))
    @APIResponse(responseCode = "200", description = "The transfer as recorded")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such patient, or the first therapist is not on its care team")
    @APIResponse(responseCode = "409", description = "The patient was discharged (read-only)")
    @APIResponse(responseCode = "422", description = "The second therapist is not a therapist account")
    public TransferView transfer(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull TransferRequest request) {
        return careTeam.transfer(caller.get(), id, request);
    }

    @DELETE
    @Path("/{therapistSubject}")
    @Operation(summary = "Admin: take a therapist off the care team (they lose access at once)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such patient or member, or not within your reach")
    public void remove(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Parameter(example = Examples.THERAPIST_SUBJECT)
                    @PathParam("therapistSubject")
                    @Pattern(regexp = SUBJECT_PATTERN)
                    String therapistSubject) {
        careTeam.remove(caller.get(), id, therapistSubject);
    }
}
