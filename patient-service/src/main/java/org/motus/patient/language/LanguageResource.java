package org.motus.patient.language;

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

/**
 * The caller's own language choice: anyone signed in (patient, therapist, admin) reads and sets
 * only their own, so there is no id to try another person's.
 */
@Path("/api/v1/preferences/language")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Preferences")
public class LanguageResource {

    static final String SPANISH = """
            {"language":"es"}""";

    private final Languages languages;
    private final CurrentCaller caller;

    public LanguageResource(Languages languages, CurrentCaller caller) {
        this.languages = languages;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Your language choice (null: none, Motus follows your browser)")
    @APIResponse(
            responseCode = "200",
            description = "Your choice",
            content =
                    @Content(
                            schema = @Schema(implementation = LanguageChoice.class),
                            examples = @ExampleObject(name = "Spanish", value = SPANISH)))
    @APIResponse(responseCode = "403", description = "No Motus role")
    public LanguageChoice get() {
        return LanguageChoice.of(languages.chosenBy(caller.get().subject()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose your language for screens, emails and notifications; null to follow the browser")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Spanish", value = SPANISH)))
    @APIResponse(
            responseCode = "200",
            description = "Your choice, stored",
            content =
                    @Content(
                            schema = @Schema(implementation = LanguageChoice.class),
                            examples = @ExampleObject(name = "Spanish", value = SPANISH)))
    @APIResponse(responseCode = "400", description = "Not en, es, de or null")
    @APIResponse(responseCode = "403", description = "No Motus role")
    public LanguageChoice choose(@NotNull @Valid LanguageChoice choice) {
        return LanguageChoice.of(languages.choose(caller.get().subject(), Language.ofTag(choice.language())));
    }
}
