package org.motus.therapist.patients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * patient-service's API as therapist-service uses it, always with the caller's own token
 * ({@link CallerTokenRelay}): patient-service decides who may see whom (patient-service's README).
 * Base URL: {@code quarkus.rest-client.patient-service.url}, default {@code ${motus.services.patient-url}}.
 */
@RegisterRestClient(configKey = "patient-service")
@RegisterClientHeaders(CallerTokenRelay.class)
@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
public interface PatientServiceClient {

    /** The calling patient's own record. */
    @GET
    @Path("/me")
    PatientRecord me();

    /** 200 when the caller is the patient, a treating therapist or an admin; 404 otherwise. */
    @GET
    @Path("/{id}")
    PatientRecord byId(@PathParam("id") UUID id);

    /** The episode of care in figures, for the discharge PDF: the patient or a treating therapist, else 404. */
    @GET
    @Path("/{id}/discharge-summary")
    EpisodeRecord episode(@PathParam("id") UUID id);

    /**
     * One page of the sessions started in [from, to), ISO-8601 instants; {@code Link: <...>;
     * rel="next"} names the next page's cursor (patient-service's ADR 0044). A null cursor is the
     * first page.
     */
    @GET
    @Path("/{id}/sessions")
    RestResponse<List<SessionRecord>> sessions(
            @PathParam("id") UUID id,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);
}
