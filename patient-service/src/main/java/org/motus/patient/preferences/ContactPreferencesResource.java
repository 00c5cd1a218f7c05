package org.motus.patient.preferences;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

@Path("/api/v1/patients/{id}/contact-preferences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(
        name = "Contact preferences",
        description = "Which channels remind the patient of what, at which local time, and quiet hours")
public class ContactPreferencesResource {

    private final ContactPreferencesService preferences;
    private final CurrentCaller caller;

    public ContactPreferencesResource(ContactPreferencesService preferences, CurrentCaller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The patient's contact preferences, or the defaults (the patient or a treating therapist)")
    @APIResponse(
            responseCode = "200",
            description = "The preferences",
            content =
                    @Content(
                            schema = @Schema(implementation = ContactPreferencesView.class),
                            examples =
                                    @ExampleObject(name = "preferences", value = ConsentExamples.CONTACT_PREFERENCES)))
    @APIResponse(responseCode = "403", description = "An admin does not read them")
    public ContactPreferencesView get(@Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id) {
        return preferences.preferences(caller.get(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The patient: replace your contact preferences")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "preferences",
                                            value = ConsentExamples.CONTACT_PREFERENCES_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The stored preferences",
            content =
                    @Content(
                            schema = @Schema(implementation = ContactPreferencesView.class),
                            examples =
                                    @ExampleObject(name = "preferences", value = ConsentExamples.CONTACT_PREFERENCES)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (a time not HH:mm, quiet hours starting when they end, a missing channel)")
    @APIResponse(responseCode = "403", description = "Only the patient sets them")
    public ContactPreferencesView replace(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull ContactPreferencesRequest request) {
        return preferences.replace(caller.get(), id, request);
    }
}
