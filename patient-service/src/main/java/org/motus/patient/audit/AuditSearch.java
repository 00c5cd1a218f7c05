package org.motus.patient.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;

/**
 * Admins search this service's whole audit trail (issue 13 item 1: the audit viewer) by patient,
 * actor, action and time, newest first, a page at a time. The search is itself audited. Audit rows
 * hold who did what to which record, never the clinical data itself.
 */
@ApplicationScoped
public class AuditSearch {

    private final PatientAccess access;

    public AuditSearch(PatientAccess access) {
        this.access = access;
    }

    AuditEventPage search(Caller caller, AuditFilter filter, AuditCursor after, int limit) {
        return access.performForRole(
                caller, Action.SEARCH_AUDIT_EVENTS, null, () -> new Touched<>(page(filter, after, limit), List.of()));
    }

    private static AuditEventPage page(AuditFilter filter, AuditCursor after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.patientId() != null) {
            where.add("patientId = :patientId");
            parameters.and("patientId", filter.patientId());
        }
        if (filter.actor() != null) {
            where.add("actorSubject = :actor");
            parameters.and("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            parameters.and("action", filter.action());
        }
        if (filter.from() != null) {
            where.add("occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurredAt < :to");
            parameters.and("to", filter.to());
        }
        if (after != null) {
            where.add("(occurredAt < :afterAt or (occurredAt = :afterAt and id < :afterId))");
            parameters.and("afterAt", after.occurredAt()).and("afterId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by occurredAt desc, id desc";
        // One row more than asked for tells whether there is a next page.
        List<AuditEvent> rows =
                AuditEvent.<AuditEvent>find(query, parameters).range(0, limit).list();
        boolean more = rows.size() > limit;
        List<AuditEvent> shown = more ? rows.subList(0, limit) : rows;
        AuditEvent last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new AuditEventPage(
                shown.stream().map(AuditEventView::of).toList(),
                more ? new AuditCursor(last.occurredAt, last.id).encode() : null);
    }
}
