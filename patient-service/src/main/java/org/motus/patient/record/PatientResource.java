package org.motus.patient.record;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;

import java.util.UUID;

@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class PatientResource {

    private static final String PATIENT_EXAMPLE = """
            {"id":"3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10","displayName":"Pat Patient","createdAt":"2026-11-26T09:00:00Z"}""";

    @Inject
    PatientService patients;
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;

    @GET
    @Path("/me")
    @RolesAllowed(Caller.PATIENT)
    @Operation(summary = "The signed-in patient's own record, created on first sign-in")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "patient", value = PATIENT_EXAMPLE)))
    public PatientView me() {
        return patients.ownRecord(Caller.of(identity, token));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "One patient's record: yourself, a patient on your caseload, or any as admin")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "patient", value = PATIENT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such patient, or not within your reach")
    public PatientView byId(@PathParam("id") UUID id) {
        return patients.record(Caller.of(identity, token), id);
    }
}
