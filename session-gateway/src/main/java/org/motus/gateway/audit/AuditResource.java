package org.motus.gateway.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.gateway.access.Caller;
import org.motus.gateway.access.CurrentCaller;
import org.motus.problem.search.AuditFilter;

/**
 * {@code GET /api/v1/visits/audit}: the gateway's audit trail (every read and change of a visit), for
 * admins, who never read the visits themselves. Read-only: there is no update or delete, and the
 * database refuses both. The rows, the query (filters, cursor, limit) and the page have
 * patient-service's and therapist-service's shape (ADR 0029, {@code org.motus.problem.search}), so one
 * viewer merges the three.
 */
@Path("/v1/visits/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Visits")
public class AuditResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final AuditLog audit;
    private final CurrentCaller caller;

    AuditResource(AuditLog audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Caller.ADMIN)
    @Operation(
            summary =
                    "Admin: search the visits' audit trail (reads, changes, refused and failed attempts) by patient, visit, actor, action and time, newest first, paged")
    @APIResponse(responseCode = "200", description = "A page of audit rows")
    @APIResponse(responseCode = "400", description = "A malformed filter, range, cursor or limit")
    public AuditEventPage events(
            @Parameter(description = "Only this patient's events", schema = @Schema(implementation = UUID.class))
                    @QueryParam("patientId")
                    String patientId,
            @Parameter(description = "Only this visit's events", schema = @Schema(implementation = UUID.class))
                    @QueryParam("visitId")
                    String visitId,
            @Parameter(
                            description = "Only what this Keycloak subject did (or motus-gateway)",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
                    @QueryParam("actor")
                    String actor,
            @Parameter(description = "Only this action", schema = @Schema(implementation = AuditAction.class))
                    @QueryParam("action")
                    String action,
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
                            description = "At most this many events",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        AuditFilter filter = AuditFilter.parse(
                patientId, actor, action, from, to, cursor, (name, problem) -> invalid(name + " " + problem + "."));
        if (filter.action() != null) {
            action(filter.action());
        }
        return audit.find(caller.get(), filter, id("visitId", visitId), limit(limit));
    }

    // Query parameters are read here rather than by JAX-RS, which answers 404 (not 400) for a value it
    // cannot convert; the document still gives each its type, format and range.

    private static UUID id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name + " must be a UUID.");
        }
    }

    private static AuditAction action(String value) {
        try {
            return AuditAction.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw invalid("action must be one of the audit actions (see the API document).");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
    }

    private static BadRequestException invalid(String detail) {
        return new BadRequestException(detail);
    }
}
