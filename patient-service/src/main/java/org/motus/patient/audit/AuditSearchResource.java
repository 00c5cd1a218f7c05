package org.motus.patient.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.motus.problem.search.AuditFilter;

/**
 * Admin: search this service's whole audit trail, a page at a time (the web's audit viewer merges
 * it with therapist-service's and the gateway's). Under {@code /api/v1/patients} so the gateway's
 * route to patient-service reaches it.
 */
@Path("/api/v1/patients/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Audit", description = "Who read or changed a patient's data, when, and how it ended")
public class AuditSearchResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final AuditSearch audit;
    private final CurrentCaller caller;

    public AuditSearchResource(AuditSearch audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Admin: search the audit trail by patient, actor, action and time, newest first, paged")
    @APIResponse(responseCode = "200", description = "A page of audit rows")
    @APIResponse(responseCode = "400", description = "A malformed filter, range, cursor or limit")
    @APIResponse(responseCode = "403", description = "Only admins search the trail")
    public AuditEventPage search(
            @Parameter(
                            description = "Only this patient's rows",
                            example = Examples.PATIENT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("patientId")
                    String patientId,
            @Parameter(description = "Only this actor's rows (Keycloak subject)", example = Examples.THERAPIST_SUBJECT)
                    @QueryParam("actor")
                    String actor,
            @Parameter(description = "Only this action", example = "READ_RECORD") @QueryParam("action") String action,
            @Parameter(
                            description = "Inclusive",
                            example = "2026-11-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Exclusive",
                            example = "2026-12-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("to")
                    String to,
            @Parameter(description = "The 'next' of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = "At most this many rows",
                            example = "50",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        AuditFilter filter = AuditFilter.parse(
                patientId,
                actor,
                action,
                from,
                to,
                cursor,
                (parameter, problem) -> new BadRequestException(parameter + " " + problem + "."));
        int rows = QueryParams.bounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return audit.search(caller.get(), filter, rows);
    }
}
