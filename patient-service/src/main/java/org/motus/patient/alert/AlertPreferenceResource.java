package org.motus.patient.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;

@Path("/api/v1/notifications/alert-preferences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.THERAPIST)
@Tag(name = "Notifications")
public class AlertPreferenceResource {

    static final String PREFERENCE = """
            {"digestHour":7,"timeZone":"Europe/Berlin"}""";

    private final AlertPreferences preferences;
    private final CurrentCaller caller;

    public AlertPreferenceResource(AlertPreferences preferences, CurrentCaller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Therapist: when your daily digest of HIGH and ROUTINE alerts arrives (default 07:00 UTC)")
    @APIResponse(
            responseCode = "200",
            description = "Your digest hour and time zone",
            content =
                    @Content(
                            schema = @Schema(implementation = AlertPreferenceView.class),
                            examples = @ExampleObject(name = "preference", value = PREFERENCE)))
    @APIResponse(responseCode = "403", description = "Not a therapist")
    public AlertPreferenceView get() {
        return preferences.of(caller.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Therapist: set the hour (0-23) and time zone of your daily digest")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "preference", value = PREFERENCE)))
    @APIResponse(
            responseCode = "200",
            description = "Stored",
            content =
                    @Content(
                            schema = @Schema(implementation = AlertPreferenceView.class),
                            examples = @ExampleObject(name = "preference", value = PREFERENCE)))
    @APIResponse(responseCode = "400", description = "Hour outside 0-23 or unknown time zone")
    @APIResponse(responseCode = "403", description = "Not a therapist")
    public AlertPreferenceView set(@NotNull @Valid AlertPreferenceView request) {
        return preferences.set(caller.get(), request);
    }
}
