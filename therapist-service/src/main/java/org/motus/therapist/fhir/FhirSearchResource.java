package org.motus.therapist.fhir;

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
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.motus.problem.fhir.BadSearch;
import org.motus.problem.fhir.DateBounds;
import org.motus.problem.fhir.Fhir;
import org.motus.problem.fhir.PublicBase;
import org.motus.therapist.access.Caller;

/**
 * FHIR R4 reads of the plans and protocols this service owns, under {@code /fhir/R4} (JSON only,
 * bearer token as for the REST API): {@code CarePlan/{id}}, {@code CarePlan?patient=&status=&date=}
 * with {@code _include=CarePlan:subject}, {@code PlanDefinition/{id}} and
 * {@code PlanDefinition?status=&name=&title=}, searches paged by {@code _count} with a {@code next}
 * link. Roles as the REST twins: plans for patients and therapists ({@code /api/v1/plans/{id}}),
 * protocols for therapists and admins ({@code /api/v1/protocols}). Thin: it reads the parameters
 * and hands over to {@link FhirReads}.
 */
@Path(Fhir.BASE_PATH)
@Produces({Fhir.JSON_UTF8, MediaType.APPLICATION_JSON})
public class FhirSearchResource {

    /** R4 request-status, CarePlan.status's value set. */
    static final String REQUEST_STATUS = "http://hl7.org/fhir/request-status";

    static final Set<String> CARE_PLAN_STATUSES =
            Set.of("draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown");

    /** R4 publication-status, PlanDefinition.status's value set. */
    static final String PUBLICATION_STATUS = "http://hl7.org/fhir/publication-status";

    static final Set<String> PUBLICATION_STATUSES = Set.of("draft", "active", "retired", "unknown");

    static final Set<String> SUBJECT_INCLUDES = Set.of("CarePlan:subject", "CarePlan:patient");

    private final FhirReads reads;
    private final PatientIncludes includes;
    private final Caller caller;
    private final Clock clock;

    public FhirSearchResource(FhirReads reads, PatientIncludes includes, Caller caller, Clock clock) {
        this.reads = reads;
        this.includes = includes;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("CarePlan/{id}")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.FHIR_CLIENT})
    public CarePlan carePlan(@PathParam("id") String id) {
        return reads.carePlan(caller, id);
    }

    @GET
    @Path("CarePlan")
    @RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.FHIR_CLIENT})
    public Bundle carePlans(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        UUID patient = SearchParams.patient(patientParameter(query));
        Set<String> statuses = SearchParams.codes("status", query.get("status"), REQUEST_STATUS, CARE_PLAN_STATUSES);
        DateBounds dates = DateBounds.parse(query.getOrDefault("date", List.of()));
        int count = SearchParams.count(query.getFirst("_count"));
        boolean includeSubject = includeSubject(query.get("_include"));
        Page page = reads.carePlans(caller, patient, statuses, dates, count, cursor(query));
        PatientIncludes.Included included = includeSubject && !page.resources().isEmpty()
                ? includes.of(List.of(patient))
                : new PatientIncludes.Included(List.of(), null);
        return Bundles.searchset(
                PublicBase.of(headers, uri),
                "CarePlan",
                query,
                page,
                included.patients(),
                included.outcome(),
                clock.instant());
    }

    @GET
    @Path("PlanDefinition/{id}")
    @RolesAllowed({Caller.THERAPIST, Caller.ADMIN, Caller.FHIR_CLIENT})
    public PlanDefinition planDefinition(@PathParam("id") String id) {
        return reads.planDefinition(id);
    }

    @GET
    @Path("PlanDefinition")
    @RolesAllowed({Caller.THERAPIST, Caller.ADMIN, Caller.FHIR_CLIENT})
    public Bundle planDefinitions(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Set<String> statuses =
                SearchParams.codes("status", query.get("status"), PUBLICATION_STATUS, PUBLICATION_STATUSES);
        List<StringMatch> names = StringMatch.of(query, "name");
        List<StringMatch> titles = StringMatch.of(query, "title");
        int count = SearchParams.count(query.getFirst("_count"));
        Page page = reads.planDefinitions(statuses, names, titles, count, cursor(query));
        return Bundles.searchset(
                PublicBase.of(headers, uri), "PlanDefinition", query, page, List.of(), null, clock.instant());
    }

    /** {@code patient} or its synonym {@code subject} (both name the CarePlan's subject). */
    private static List<String> patientParameter(MultivaluedMap<String, String> query) {
        List<String> values = new ArrayList<>(query.getOrDefault("patient", List.of()));
        values.addAll(query.getOrDefault("subject", List.of()));
        return values;
    }

    /** Whether {@code _include} asks for the subject; any other include is refused rather than ignored. */
    static boolean includeSubject(List<String> values) {
        if (values == null) {
            return false;
        }
        for (String value : values) {
            if (!SUBJECT_INCLUDES.contains(value.strip())) {
                throw new BadSearch("_include=" + value + ": this server includes CarePlan:subject"
                        + " (or CarePlan:patient) only.");
            }
        }
        return true;
    }

    private static Cursor cursor(MultivaluedMap<String, String> query) {
        String token = query.getFirst("_cursor");
        return token == null ? null : Cursor.decode(token);
    }
}
