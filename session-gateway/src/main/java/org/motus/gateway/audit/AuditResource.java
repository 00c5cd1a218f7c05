package org.motus.gateway.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.gateway.access.Caller;

/** {@code GET /api/v1/visits/audit}: the visit-note audit trail, for admins (who never read the notes themselves). */
@Path("/v1/visits/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Visits")
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Audit events of visit notes (reads, writes, denied attempts), newest first")
    @APIResponse(responseCode = "200")
    public List<AuditEventView> events(
            @Parameter(description = "Only this patient's events", schema = @Schema(implementation = UUID.class))
                    @QueryParam("patientId")
                    String patientId,
            @Parameter(description = "Only this visit's events", schema = @Schema(implementation = UUID.class))
                    @QueryParam("visitId")
                    String visitId,
            @Parameter(
                            description = "At most this many events",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit) {
        return audit.find(id("patientId", patientId), id("visitId", visitId), limit(limit));
    }

    // Query parameters are read here rather than by JAX-RS, which answers 404 (not 400) for a value it
    // cannot convert; the document still gives each its type, format and range.

    private static UUID id(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + " must be a UUID.");
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
    }
}
