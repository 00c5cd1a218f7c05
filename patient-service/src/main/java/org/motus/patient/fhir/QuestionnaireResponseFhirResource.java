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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.prom.PromResponse;
import org.motus.patient.record.PatientAccess;
import org.motus.problem.NotFound;
import org.motus.problem.fhir.Fhir;
import org.motus.problem.fhir.PublicBase;

/**
 * Answered PROMs as FHIR R4 QuestionnaireResponses (issue 15 item 1): read by id and searched by
 * {@code patient} (or {@code subject}), paged by {@code _count} with a {@code next} link, through
 * {@link PatientAccess} as {@code READ_PROMS}: the same reach (404 outside it, 403 for an admin)
 * and audit rows as the REST API.
 */
@Path(Fhir.BASE_PATH + "/QuestionnaireResponse")
@Produces({Fhir.JSON_UTF8, MediaType.APPLICATION_JSON})
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN, Caller.FHIR_CLIENT})
public class QuestionnaireResponseFhirResource {

    private final PatientAccess access;
    private final CurrentCaller caller;
    private final Clock clock;

    public QuestionnaireResponseFhirResource(PatientAccess access, CurrentCaller caller, Clock clock) {
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    public QuestionnaireResponse response(@PathParam("id") String id) {
        UUID responseId;
        try {
            responseId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No QuestionnaireResponse " + id + ".");
        }
        UUID patientId = PromResponse.<PromResponse>findByIdOptional(responseId)
                .map(r -> r.patientId)
                .orElseThrow(() -> new NotFound("No QuestionnaireResponse " + id + "."));
        return access.perform(
                caller.get(),
                patientId,
                Action.READ_PROMS,
                patient -> PromFhir.response(PromResponse.findById(responseId)));
    }

    @GET
    public Bundle responses(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        List<String> patients = new ArrayList<>(query.getOrDefault("patient", List.of()));
        patients.addAll(query.getOrDefault("subject", List.of()));
        UUID patientId = SearchParams.patient(patients);
        int count = SearchParams.count(query.getFirst("_count"));
        String token = query.getFirst("_cursor");
        Cursor after = token == null ? null : Cursor.decode(token);
        Page page = access.perform(caller.get(), patientId, Action.READ_PROMS, patient -> {
            StringBuilder where = new StringBuilder("patientId = ?1");
            List<Object> params = new ArrayList<>(List.of(patientId));
            if (after != null) {
                params.add(after.at());
                params.add(after.id());
                where.append(" and (answeredAt > ?2 or (answeredAt = ?2 and id > ?3))");
            }
            List<PromResponse> rows = PromResponse.<PromResponse>find(
                            where + " order by answeredAt, id", params.toArray())
                    .page(0, count + 1)
                    .list();
            return Keyed.page(
                    rows.stream()
                            .map(r -> new Keyed(new Cursor(r.answeredAt, 0, r.id), PromFhir.response(r)))
                            .toList(),
                    after,
                    count);
        });
        return Bundles.searchset(PublicBase.of(headers, uri), "QuestionnaireResponse", query, page, clock.instant());
    }
}
