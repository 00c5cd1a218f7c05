package org.motus.patient.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;
import org.motus.patient.validation.TimeRangeQuery;
import org.motus.problem.search.NextLink;
import org.motus.problem.search.PageQuery;

/** Read-only: the trail has no update or delete endpoint, and the database refuses both. */
@Path("/api/v1/patients/{id}/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Audit", description = "Who read or changed a patient's data, when, and how it ended")
public class AuditResource {

    /** Default and maximum page sizes (ADR 0044). */
    static final int PAGE = 200;

    static final int MAX_PAGE = 1000;

    private final AuditQuery audit;
    private final CurrentCaller caller;
    private final Clock clock;

    public AuditResource(AuditQuery audit, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Admin: the patient's audit trail in a time range, newest first (includes denied attempts)",
            description = "Paged: " + PAGE + " rows by default, at most " + MAX_PAGE
                    + "; a Link header with rel=\"next\" names the next page")
    @APIResponse(responseCode = "200", description = "The audit rows")
    @APIResponse(responseCode = "400", description = "Bad range, limit or cursor")
    @APIResponse(responseCode = "403", description = "Only admins read the trail")
    public RestResponse<List<AuditEventView>> trail(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @BeanParam TimeRangeQuery range,
            @BeanParam PageQuery page,
            @Context UriInfo request) {
        return NextLink.ok(audit.of(caller.get(), id, range.at(clock.instant()), page.page(PAGE, MAX_PAGE)), request);
    }
}
