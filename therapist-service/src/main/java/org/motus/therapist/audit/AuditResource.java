package org.motus.therapist.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.therapist.access.AccessLog;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.openapi.Examples;

/**
 * Admins read one patient's trail of plans, handouts and progression, newest first; reading it is
 * itself recorded. Read-only: there is no update or delete, and the database refuses both.
 */
@Path("/api/v1/plans/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Audit", description = "Who read or changed a patient's plans, when, and how it ended")
public class AuditResource {

    private static final int DEFAULT_LIMIT = 200;
    private static final int MAX_LIMIT = 1000;
    private static final Duration DEFAULT_RANGE = Duration.ofDays(30);

    private final Caller caller;
    private final AccessLog log;
    private final Clock clock;

    public AuditResource(Caller caller, AccessLog log, Clock clock) {
        this.caller = caller;
        this.log = log;
        this.clock = clock;
    }

    @GET
    @Transactional
    @Operation(summary = "Admin: a patient's trail in therapist-service in a time range, newest first")
    @APIResponse(
            responseCode = "200",
            description = "The audit rows",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEventView.class),
                            examples = @ExampleObject(name = "audit trail", value = Examples.AUDIT_EVENTS)))
    @APIResponse(responseCode = "400", description = "No patient id, a bad range or limit")
    @APIResponse(responseCode = "403", description = "Only admins read the trail")
    public List<AuditEventView> trail(
            @Parameter(
                            description = "patient-service's patient id",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("patientId")
                    String patientId,
            @Parameter(
                            description = "Inclusive; default 30 days before 'to'",
                            example = "2026-11-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Exclusive; default now",
                            example = "2026-11-30T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("to")
                    String to,
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
        UUID patient = uuid(patientId);
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : instant("from", from);
        if (!start.isBefore(end)) {
            throw FieldProblems.invalid("from", "must be before 'to'");
        }
        int rows = limit(limit);
        log.succeeded(caller, Action.AUDIT_TRAIL_READ, patient);
        return AuditEvent.<AuditEvent>find(
                        "patientId = ?1 and occurredAt >= ?2 and occurredAt < ?3 order by occurredAt desc, id",
                        patient,
                        start,
                        end)
                .page(0, rows)
                .list()
                .stream()
                .map(AuditEventView::of)
                .toList();
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            throw FieldProblems.invalid("patientId", "is required");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw FieldProblems.invalid("patientId", "must be a UUID");
        }
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw FieldProblems.invalid(field, "must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z");
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
        throw FieldProblems.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
