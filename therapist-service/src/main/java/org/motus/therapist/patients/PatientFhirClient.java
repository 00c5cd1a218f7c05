package org.motus.therapist.patients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * patient-service's FHIR endpoint for one Patient (its ADR 0034), for a CarePlan search's
 * {@code _include=CarePlan:subject}: with the caller's own token, so patient-service decides and
 * audits the read. Same base URL and timeouts as {@link PatientServiceClient} (config key
 * {@code patient-service}). The body is FHIR JSON, parsed by the caller with HAPI.
 */
@RegisterRestClient(configKey = "patient-service")
@RegisterClientHeaders(CallerTokenRelay.class)
@Path("/fhir/R4")
public interface PatientFhirClient {

    @GET
    @Path("/Patient/{id}")
    @Produces("application/fhir+json")
    String patient(@PathParam("id") UUID id);
}
