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
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.problem.fhir.Fhir;
import org.motus.problem.fhir.PublicBase;
import org.motus.problem.fhir.ScopeNotGranted;

/**
 * The audit trail as FHIR R4 AuditEvents (issue 15 item 2, docs/adr/0053): read by id and searched by
 * {@code patient}, {@code entity}, {@code agent}, {@code date}, {@code outcome} and {@code subtype},
 * newest first, paged by {@code _count} with a {@code next} link. Admins only, as the REST audit
 * search ({@code GET /api/v1/patients/audit-events}): anyone else is refused by role (403) before a
 * row is looked at, so no id or parameter tells them anything.
 */
@Path(Fhir.BASE_PATH + "/AuditEvent")
@Produces({Fhir.JSON_UTF8, MediaType.APPLICATION_JSON})
@RolesAllowed({Caller.ADMIN, Caller.FHIR_CLIENT})
public class AuditEventFhirResource {

    private final AuditEventReads reads;
    private final CurrentCaller caller;
    private final Clock clock;

    public AuditEventFhirResource(AuditEventReads reads, CurrentCaller caller, Clock clock) {
        this.reads = reads;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    public AuditEvent event(@PathParam("id") String id) {
        return reads.read(allowed(), id);
    }

    @GET
    public Bundle events(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        AuditEventFilter filter = AuditEventFilter.parse(query);
        int count = SearchParams.count(query.getFirst("_count"));
        String token = query.getFirst("_cursor");
        Cursor after = token == null ? null : Cursor.decode(token);
        Page page = reads.search(allowed(), filter, count, after);
        return Bundles.searchset(PublicBase.of(headers, uri), "AuditEvent", query, page, clock.instant());
    }

    /**
     * An admin, or a machine client whose {@code system/} scope grants AuditEvent (a clinic's security
     * monitoring, ADR 0054). A {@code patient/} grant is refused: who read a patient's record names
     * the clinic's staff, which is not that patient's data.
     */
    private Caller allowed() {
        Caller current = caller.get();
        if (current.is(Caller.ADMIN)
                || (current.isGrantedMachine() && current.grant().everyPatient())) {
            return current;
        }
        throw new ScopeNotGranted("reading AuditEvent outside the system context");
    }
}
