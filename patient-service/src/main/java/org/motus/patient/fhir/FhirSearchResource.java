package org.motus.patient.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.checkin.CheckInService;
import org.motus.problem.fhir.BadSearch;
import org.motus.problem.fhir.DateBounds;
import org.motus.problem.fhir.Fhir;
import org.motus.problem.fhir.OperationOutcomes;
import org.motus.problem.fhir.PublicBase;

/**
 * FHIR R4 reads of the records this service owns, under {@code /fhir/R4} (JSON only, bearer token
 * as for the REST API): {@code Patient/{id}}, {@code Patient?_id=}, {@code Observation?patient=&code=&date=}
 * and {@code Flag?patient=&status=}, each paged by {@code _count} with a {@code next} link. Thin: it
 * reads the parameters and hands over to {@link FhirReads}.
 */
@Path(Fhir.BASE_PATH)
@Produces({Fhir.JSON_UTF8, MediaType.APPLICATION_JSON})
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN, Caller.FHIR_CLIENT})
public class FhirSearchResource {

    private final FhirReads reads;
    private final CareFhirReads care;
    private final CheckInService checkIns;
    private final Validator validator;
    private final CurrentCaller caller;
    private final Clock clock;
    private final PatientReferrals referrals;

    public FhirSearchResource(
            FhirReads reads,
            PatientReferrals referrals,
            CareFhirReads care,
            CheckInService checkIns,
            Validator validator,
            CurrentCaller caller,
            Clock clock) {
        this.reads = reads;
        this.referrals = referrals;
        this.care = care;
        this.checkIns = checkIns;
        this.validator = validator;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * A pain reading from another system (issue 15 item 4), stored as the patient's DAILY check-in
     * with every rule a check-in gets (red flags in its note, high pain flags). Conditional with
     * {@code If-None-Exist: identifier=system|value}: the same Observation posted again answers 200
     * with the first; another Observation under the same identifier is a 409.
     */
    @POST
    @Path("Observation")
    @Consumes({Fhir.JSON, MediaType.APPLICATION_JSON})
    public Response createObservation(
            String body,
            @HeaderParam("If-None-Exist") String ifNoneExist,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        ObservationImport.Reading reading = ObservationImport.read(body);
        String key = ObservationImport.conditionalKey(ifNoneExist);
        var violations = validator.validate(reading.checkIn());
        if (!violations.isEmpty()) {
            throw new BadSearch(violations.stream()
                    .map(v -> ("occurredAt".equals(v.getPropertyPath().toString())
                                    ? "effectiveDateTime"
                                    : v.getPropertyPath().toString())
                            + ": " + v.getMessage())
                    .sorted()
                    .reduce((a, b) -> a + "; " + b)
                    .orElse(""));
        }
        CheckInService.Recorded recorded =
                checkIns.record(caller.get(), reading.patientId(), key, reading.checkIn(), Action.IMPORT_OBSERVATION);
        UUID id = recorded.stored().value().id();
        org.hl7.fhir.r4.model.Observation stored = ToFhir.pain(CheckIn.findById(id));
        boolean created = recorded.duplicateOf() == null && !recorded.stored().replayed();
        return Response.status(created ? 201 : 200)
                .entity(stored)
                .location(URI.create(PublicBase.of(headers, uri) + "/Observation/" + stored.getIdPart()))
                .build();
    }

    /**
     * A referral from another system (issue 15 item 4): a therapist's or an admin's system posts a
     * Patient with a name, an email and optionally a date of birth (a therapist only) and its own
     * identifiers; Motus invites the patient as the REST invitation does. Conditional with
     * {@code If-None-Exist: identifier=system|value}: a referral sent again answers 200 with the
     * record it made (409 when that record is outside the caller's caseload).
     */
    @POST
    @Path("Patient")
    @Consumes({Fhir.JSON, MediaType.APPLICATION_JSON})
    public Response createPatient(
            String body,
            @HeaderParam("If-None-Exist") String ifNoneExist,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        PatientReferrals.Referred referred = referrals.refer(caller.get(), body, ifNoneExist);
        URI location = URI.create(PublicBase.of(headers, uri) + "/Patient/" + referred.patientId());
        Object entity = referred.patient().isPresent()
                ? referred.patient().get()
                : OperationOutcomes.information(
                        referred.created()
                                ? "Patient/" + referred.patientId() + " was created and invited by email."
                                : "Patient/" + referred.patientId() + " exists already under that identifier.");
        return Response.status(referred.created() ? 201 : 200)
                .entity(entity)
                .location(location)
                .build();
    }

    @GET
    @Path("Patient/{id}")
    public Patient patient(@PathParam("id") String id) {
        return reads.patient(caller.get(), resourceId(id));
    }

    @GET
    @Path("Patient")
    public Bundle patients(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Set<UUID> ids = new LinkedHashSet<>();
        for (SearchParams.Token token : SearchParams.tokens(query.get("_id"))) {
            try {
                ids.add(UUID.fromString(token.code()));
            } catch (IllegalArgumentException e) {
                throw new BadSearch("_id=" + token.code() + ": not a Patient id (a UUID).");
            }
        }
        int count = SearchParams.count(query.getFirst("_count"));
        Cursor after = cursor(query);
        // Asked by id, a record out of reach is left out as if it did not exist.
        Page page = reads.patients(caller.get(), ids, count, after);
        return Bundles.searchset(PublicBase.of(headers, uri), "Patient", query, page, clock.instant());
    }

    @GET
    @Path("Observation")
    public Bundle observations(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        UUID patient = SearchParams.patient(patientParameter(query));
        Page page = reads.observations(
                caller.get(),
                patient,
                SearchParams.tokens(query.get("code")),
                DateBounds.parse(query.getOrDefault("date", List.of())),
                SearchParams.count(query.getFirst("_count")),
                cursor(query));
        return Bundles.searchset(PublicBase.of(headers, uri), "Observation", query, page, clock.instant());
    }

    @GET
    @Path("Flag")
    public Bundle flags(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        UUID patient = SearchParams.patient(patientParameter(query));
        Page page = reads.flags(
                caller.get(),
                patient,
                SearchParams.tokens(query.get("status")),
                SearchParams.count(query.getFirst("_count")),
                cursor(query));
        return Bundles.searchset(PublicBase.of(headers, uri), "Flag", query, page, clock.instant());
    }

    /**
     * Everything this service holds about one patient (issue 15 item 5, "download my data"): the
     * record, care team, consents, observations, flags and PROM answers in one searchset Bundle. Not
     * paged: it is one person's record, read by themself or their therapist, and its parts are read
     * through the same access checks and audit rows as their searches.
     */
    @GET
    // The operation as a parameter: a client may send "$" as is or as %24, and only the decoded
    // parameter matches both.
    @Path("Patient/{id}/{operation}")
    public Bundle everything(
            @PathParam("id") String id,
            @PathParam("operation") String operation,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        if (!"$everything".equals(operation)) {
            throw new org.motus.problem.NotFound("No operation " + operation + " on Patient.");
        }
        UUID patientId = resourceId(id);
        List<org.hl7.fhir.r4.model.Resource> all = care.everything(caller.get(), patientId);
        return Bundles.searchset(
                PublicBase.of(headers, uri),
                "Patient/" + patientId + "/$everything",
                uri.getQueryParameters(),
                new Page(all, null),
                clock.instant());
    }

    @GET
    @Path("Consent")
    public Bundle consents(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        UUID patient = SearchParams.patient(query.getOrDefault("patient", List.of()));
        return Bundles.searchset(
                PublicBase.of(headers, uri),
                "Consent",
                query,
                new Page(care.consents(caller.get(), patient), null),
                clock.instant());
    }

    @GET
    @Path("Consent/{id}")
    public Consent consent(@PathParam("id") String id) {
        return care.consent(caller.get(), uuid(id, "Consent"));
    }

    /** One care team per patient, its id the patient's: read by id, or searched by patient. */
    @GET
    @Path("CareTeam/{id}")
    public CareTeam careTeam(@PathParam("id") String id) {
        return care.careTeam(caller.get(), uuid(id, "CareTeam"));
    }

    @GET
    @Path("CareTeam")
    public Bundle careTeams(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        List<String> patients = new java.util.ArrayList<>(query.getOrDefault("patient", List.of()));
        patients.addAll(query.getOrDefault("subject", List.of()));
        UUID patient = SearchParams.patient(patients);
        return Bundles.searchset(
                PublicBase.of(headers, uri),
                "CareTeam",
                query,
                new Page(List.of(care.careTeam(caller.get(), patient)), null),
                clock.instant());
    }

    @GET
    @Path("Practitioner/{id}")
    public Practitioner practitioner(@PathParam("id") String id) {
        return care.practitioner(caller.get(), id);
    }

    /** {@code patient} or its synonym {@code subject} (both name the Observation's or Flag's subject). */
    private static List<String> patientParameter(MultivaluedMap<String, String> query) {
        List<String> values = new java.util.ArrayList<>(query.getOrDefault("patient", List.of()));
        values.addAll(query.getOrDefault("subject", List.of()));
        return values;
    }

    private static Cursor cursor(MultivaluedMap<String, String> query) {
        String token = query.getFirst("_cursor");
        return token == null ? null : Cursor.decode(token);
    }

    private static UUID uuid(String id, String type) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new org.motus.problem.NotFound("No " + type + " " + id + ".");
        }
    }

    /** A Patient's logical id is the record's UUID; anything else names no record (404). */
    private static UUID resourceId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new org.motus.problem.NotFound("No Patient " + id + ".");
        }
    }
}
