package org.motus.therapist.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motus.problem.search.AuditFilter;
import org.motus.problem.search.NewestFirst;
import org.motus.problem.search.TimeCursor;
import org.motus.therapist.access.AccessLog;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.errors.FieldProblems;

/**
 * Admin: search this service's whole audit trail (who read or changed a patient's plans, handouts
 * and progression) by patient, actor, action and time, newest first, a page at a time (issue 13: the
 * web's audit viewer merges it with patient-service's and the gateway's). The same filters, cursor
 * and page as patient-service's {@code GET /api/v1/patients/audit-events}, from the shared
 * {@code org.motus.problem.search}; the search is itself on the trail. Read-only: there is no update
 * or delete, and the database refuses both.
 */
@Path("/api/v1/plans/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Audit", description = "Who read or changed a patient's plans, when, and how it ended")
public class AuditResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final Caller caller;
    private final AccessLog log;

    public AuditResource(Caller caller, AccessLog log) {
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
        AuditFilter filter = AuditFilter.parse(patientId, actor, action, from, to, cursor, FieldProblems::invalid);
        int rows = limit(limit);
        NewestFirst query = filter.query();
        List<AuditEvent> found = AuditEvent.<AuditEvent>find(query.hql(), query.parameters())
                .range(0, rows)
                .list();
        NewestFirst.Page<AuditEvent> page =
                NewestFirst.page(found, rows, row -> new TimeCursor(row.occurredAt, row.id));
        log.succeeded(caller, Action.AUDIT_TRAIL_READ, filter.patientId());
        return new AuditEventPage(page.items().stream().map(AuditEventView::of).toList(), page.next());
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
