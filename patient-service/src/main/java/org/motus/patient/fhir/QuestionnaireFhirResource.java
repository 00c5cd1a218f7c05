package org.motus.patient.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.motus.patient.access.Caller;
import org.motus.patient.prom.score.Instrument;
import org.motus.problem.NotFound;
import org.motus.problem.fhir.Fhir;
import org.motus.problem.fhir.PublicBase;

/**
 * The instruments Motus scores as FHIR R4 Questionnaires (issue 15 item 1):
 * {@code Questionnaire/{id}} and {@code Questionnaire?url=}. Definitions, not patient data: any
 * signed-in user reads them, nothing is audited.
 */
@Path(Fhir.BASE_PATH + "/Questionnaire")
@Produces({Fhir.JSON_UTF8, MediaType.APPLICATION_JSON})
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN, Caller.FHIR_CLIENT})
public class QuestionnaireFhirResource {

    private final Clock clock;

    public QuestionnaireFhirResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    public Questionnaire questionnaire(@PathParam("id") String id) {
        return Arrays.stream(Instrument.values())
                .filter(instrument -> PromFhir.id(instrument).equals(id))
                .findFirst()
                .map(PromFhir::questionnaire)
                .orElseThrow(() -> new NotFound("No Questionnaire " + id + "."));
    }

    @GET
    public Bundle questionnaires(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        List<String> urls = query.getOrDefault("url", List.of());
        List<Questionnaire> all = Arrays.stream(Instrument.values())
                .map(PromFhir::questionnaire)
                .filter(q -> urls.isEmpty() || urls.stream().anyMatch(url -> url.equals(q.getUrl())))
                .toList();
        return Bundles.searchset(
                PublicBase.of(headers, uri), "Questionnaire", query, new Page(all, null), clock.instant());
    }
}
