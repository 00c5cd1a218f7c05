package org.motus.therapist.fhir;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.motus.problem.fhir.Fhir;

/**
 * {@code GET /fhir/R4/metadata}: what this service's FHIR endpoints do, exactly. Public, as FHIR
 * expects (it names no patient); the gateway merges it with the other services' into its own.
 */
@Path(Fhir.BASE_PATH + "/metadata")
@Produces({Fhir.JSON_UTF8, MediaType.APPLICATION_JSON})
@PermitAll
public class CapabilityResource {

    @GET
    public CapabilityStatement metadata() {
        return Capabilities.statement();
    }
}
