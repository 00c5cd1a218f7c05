package org.motus.gateway.patients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * patient-service's API as the gateway's visits use it, always with the caller's own access token
 * so that patient-service decides who may see whom (patient-service's README). Base URL:
 * {@code quarkus.rest-client.patient-service.url}, default {@code ${motus.services.patient-url}}.
 */
@RegisterRestClient(configKey = "patient-service")
@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
public interface PatientServiceClient {

    /** The calling patient's own record. */
    @GET
    @Path("/me")
    PatientRecord me(@HeaderParam("Authorization") String bearer);

    /** 200 when the caller is the patient or a treating therapist; 403 for an admin who does not treat them; else 404. */
    @GET
    @Path("/{id}")
    PatientRecord byId(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);

    /** The patient's consents: 200 for the patient and a treating therapist, else 403/404 as for the record. */
    /** The patient's care team: the therapists treating them (the patient asks for their own). */
    @GET
    @Path("/{id}/care-team")
    java.util.List<CareTeamMember> careTeam(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);

    @GET
    @Path("/{id}/consents")
    PatientConsents consents(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);
}
