package org.motus.patient.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.patient.access.Caller;
import org.motus.patient.access.CurrentCaller;
import org.motus.patient.openapi.Examples;
import org.motus.patient.validation.QueryParams;
import org.motus.patient.validation.TimeRangeQuery;

/** Read-only: the trail has no update or delete endpoint, and the database refuses both. */
@Path("/api/v1/patients/{id}/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN})
@Tag(name = "Audit", description = "Who read or changed a patient's data, when, and how it ended")
public class AuditResource {

    private final AuditQuery audit;
    private final CurrentCaller caller;
    private final Clock clock;

    public AuditResource(AuditQuery audit, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Admin: the patient's audit trail in a time range, newest first (includes denied attempts)")
    @APIResponse(responseCode = "200", description = "The audit rows")
    @APIResponse(responseCode = "400", description = "Bad range or limit")
    @APIResponse(responseCode = "403", description = "Only admins read the trail")
    public List<AuditEventView> trail(
            @Parameter(example = Examples.PATIENT_ID) @PathParam("id") UUID id,
            @BeanParam TimeRangeQuery range,
            @Parameter(
                            description = "At most this many rows",
                            example = "200",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "200"))
                    @QueryParam("limit")
                    String limit) {
        return audit.of(caller.get(), id, range.at(clock.instant()), QueryParams.bounded("limit", limit, 200, 1, 1000));
    }
}
