package org.motus.gateway.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.gateway.access.Caller;
import org.motus.gateway.access.CurrentCaller;

/**
 * {@code GET /api/v1/visits/audit}: the gateway's audit trail (every read and change of a visit), for
 * admins, who never read the visits themselves. Read-only: there is no update or delete, and the
 * database refuses both. The rows have patient-service's and therapist-service's shape, so one viewer
 * merges the three.
 */
@Path("/v1/visits/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Visits")
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final Duration DEFAULT_RANGE = Duration.ofDays(30);

    private final AuditLog audit;
    private final CurrentCaller caller;
    private final Clock clock;

    AuditResource(AuditLog audit, CurrentCaller caller, Clock clock) {
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Audit events of visits (reads, changes, refused and failed attempts), newest first")
    @APIResponse(responseCode = "200")
    public List<AuditEventView> events(
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
                            description = "Inclusive; default 30 days before 'to'",
                            example = "2026-11-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Exclusive; default now",
                            example = "2026-12-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("to")
                    String to,
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
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : instant("from", from);
        if (!start.isBefore(end)) {
            throw new BadRequestException("from must be before to.");
        }
        return audit.find(
                caller.get(),
                new AuditQuery(
                        id("patientId", patientId),
                        id("visitId", visitId),
                        actor(actor),
                        action(action),
                        start,
                        end,
                        limit(limit)));
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

    private static String actor(String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 255) {
            throw new BadRequestException("actor must be a subject of 1 to 255 characters.");
        }
        return value;
    }

    private static AuditAction action(String value) {
        if (value == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("action must be one of the audit actions (see the API document).");
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z.");
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
