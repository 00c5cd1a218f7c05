package org.motus.patient.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.problem.search.AuditFilter;
import org.motus.problem.search.NewestFirst;
import org.motus.problem.search.TimeCursor;

/**
 * Admins search this service's whole audit trail (issue 13 item 1: the audit viewer) by patient,
 * actor, action and time, newest first, a page at a time. The search is itself audited. Audit rows
 * hold who did what to which record, never the clinical data itself. The filters, keyset and page
 * are the ones every service's audit search shares ({@code org.motus.problem.search}).
 */
@ApplicationScoped
public class AuditSearch {

    private final PatientAccess access;

    public AuditSearch(PatientAccess access) {
        this.access = access;
    }

    AuditEventPage search(Caller caller, AuditFilter filter, int limit) {
        return access.performForRole(
                caller, Action.SEARCH_AUDIT_EVENTS, null, () -> new Touched<>(page(filter, limit), List.of()));
    }

    private static AuditEventPage page(AuditFilter filter, int limit) {
        NewestFirst query = filter.query();
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(query.hql(), query.parameters())
                .range(0, limit)
                .list();
        NewestFirst.Page<AuditEvent> page =
                NewestFirst.page(rows, limit, row -> new TimeCursor(row.occurredAt, row.id));
        return new AuditEventPage(page.items().stream().map(AuditEventView::of).toList(), page.next());
    }
}
