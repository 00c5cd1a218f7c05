package org.motus.gateway.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.gateway.access.Caller;

/** {@code GET /api/v1/visits/audit}: the visit-note audit trail, for admins (who never read the notes themselves). */
@Path("/v1/visits/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Visits")
public class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Audit events of visit notes (reads, writes, denied attempts), newest first")
    public List<AuditEventView> events(
            @QueryParam("patientId") UUID patientId,
            @QueryParam("visitId") UUID visitId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return audit.find(patientId, visitId, limit);
    }
}
