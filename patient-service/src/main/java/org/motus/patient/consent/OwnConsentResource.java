package org.motus.patient.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.record.PatientService;

/**
 * The signed-in patient's own consents, without their record's id: the patient's first screen asks
 * for them together with the record (GET /api/v1/patients/me) instead of one round trip after it,
 * over half a second on a phone's slow network (issue 18). Reading only; a decision names the id
 * ({@link ConsentResource}). The literal {@code me} wins over {@link ConsentResource}'s {@code {id}}.
 */
@Path("/api/v1/patients/me/consents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.PATIENT)
@Tag(name = "Consents")
public class OwnConsentResource {

    private final ConsentService consents;
    private final PatientService patients;
    private final CurrentCaller caller;

    public OwnConsentResource(ConsentService consents, PatientService patients, CurrentCaller caller) {
        this.consents = consents;
        this.patients = patients;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary =
                    "The signed-in patient's own consents (their record is created on first sign-in, as by GET /api/v1/patients/me)")
    @APIResponse(responseCode = "200", description = "The consents")
    @APIResponse(responseCode = "403", description = "Not a patient")
    public ConsentsView mine() {
        Caller me = caller.get();
        return consents.consents(me, patients.ownId(me));
    }
}
