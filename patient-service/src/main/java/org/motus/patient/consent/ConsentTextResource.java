package org.motus.patient.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;

@Path("/api/v1/consent-texts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consents")
public class ConsentTextResource {

    private final ConsentTexts texts;

    public ConsentTextResource(ConsentTexts texts) {
        this.texts = texts;
    }

    @GET
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
    @Operation(summary = "The consent texts in force, exactly as the patient reads them, with their versions")
    @APIResponse(responseCode = "200", description = "One text per kind, TELEHEALTH first")
    public List<ConsentText> texts() {
        return texts.allCurrent();
    }
}
