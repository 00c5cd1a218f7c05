package org.motus.therapist.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
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

/**
 * Admin: search this service's whole audit trail by patient, actor, action and time, newest first,
 * a page at a time (issue 13 item 1: the web's audit viewer merges it with patient-service's and
 * the gateway's). The same filters, cursor and page as patient-service's
 * {@code GET /api/v1/patients/audit-events}; the search is itself on the trail.
 */
@Path("/api/v1/plans/audit-events/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Audit", description = "Who read or changed a patient's plans, when, and how it ended")
public class AuditSearchResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final Pattern SUBJECT = Pattern.compile("^[A-Za-z0-9._@:-]{1,255}$");
    private static final Pattern ACTION = Pattern.compile("^[A-Z][A-Z_]{0,63}$");

    private final Caller caller;
    private final AccessLog log;

    public AuditSearchResource(Caller caller, AccessLog log) {
        this.caller = caller;
        this.log = log;
    }

    @GET
    @Transactional
    @Operation(summary = "Admin: search the trail by patient, actor, action and time, newest first, paged")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit rows",
            content =
                    @Content(
                            schema = @Schema(implementation = AuditEventPage.class),
                            examples = @ExampleObject(name = "audit page", value = AUDIT_PAGE)))
    @APIResponse(responseCode = "400", description = "A malformed filter, range, cursor or limit")
    @APIResponse(responseCode = "403", description = "Only admins search the trail")
    public AuditEventPage search(
            @Parameter(
                            description = "Only this patient's rows (patient-service's patient id)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("patientId")
                    String patientId,
            @Parameter(description = "Only this actor's rows (Keycloak subject)") @QueryParam("actor") String actor,
            @Parameter(description = "Only this action", example = "PLAN_PUBLISHED") @QueryParam("action")
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
        UUID patient = blank(patientId) ? null : uuid(patientId);
        String who = checked("actor", actor, SUBJECT, "a Keycloak subject");
        String what = checked("action", action, ACTION, "an action name such as PLAN_READ");
        Instant start = blank(from) ? null : instant("from", from);
        Instant end = blank(to) ? null : instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw FieldProblems.invalid("from", "must be before 'to'");
        }
        Cursor after = blank(cursor) ? null : Cursor.decode(cursor);
        int rows = limit(limit);

        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (patient != null) {
            where.add("patientId = :patientId");
            parameters.and("patientId", patient);
        }
        if (who != null) {
            where.add("actorSubject = :actor");
            parameters.and("actor", who);
        }
        if (what != null) {
            where.add("action = :action");
            parameters.and("action", what);
        }
        if (start != null) {
            where.add("occurredAt >= :from");
            parameters.and("from", start);
        }
        if (end != null) {
            where.add("occurredAt < :to");
            parameters.and("to", end);
        }
        if (after != null) {
            where.add("(occurredAt < :afterAt or (occurredAt = :afterAt and id < :afterId))");
            parameters.and("afterAt", after.occurredAt()).and("afterId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by occurredAt desc, id desc";
        // One row more than asked for tells whether there is a next page.
        List<AuditEvent> found =
                AuditEvent.<AuditEvent>find(query, parameters).range(0, rows).list();
        boolean more = found.size() > rows;
        List<AuditEvent> shown = more ? found.subList(0, rows) : found;
        AuditEvent last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        log.succeeded(caller, Action.AUDIT_TRAIL_READ, patient);
        return new AuditEventPage(
                shown.stream().map(AuditEventView::of).toList(),
                more ? new Cursor(last.occurredAt, last.id).encode() : null);
    }

    /** Where a page stopped: the last row's time and id, as an opaque URL-safe token. */
    record Cursor(Instant occurredAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((occurredAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                return new Cursor(Instant.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw FieldProblems.invalid("cursor", "must be the 'next' of an earlier page");
            }
        }
    }

    static final String AUDIT_PAGE = """
            {"items":[{"id":"a0d17000-0000-4000-8000-000000000011","occurredAt":"2026-11-26T11:05:02Z",
                       "actorSubject":"7e5a0c1e-0000-4000-8000-000000000001","actorRoles":"therapist",
                       "action":"PLAN_PUBLISHED","patientId":"0a7e0000-0000-4000-8000-000000000002",
                       "outcome":"SUCCESS","detail":null}],
             "next":null}""";

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw FieldProblems.invalid("patientId", "must be a UUID");
        }
    }

    private static String checked(String field, String value, Pattern pattern, String what) {
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (!pattern.matcher(stripped).matches()) {
            throw FieldProblems.invalid(field, "must be " + what);
        }
        return stripped;
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw FieldProblems.invalid(field, "must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z");
        }
    }

    private static int limit(String value) {
        if (blank(value)) {
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
        throw FieldProblems.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
