package org.motus.patient.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.motus.patient.access.AccessLog;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.problem.NotFound;
import org.motus.problem.search.NewestFirst;
import org.motus.problem.search.TimeCursor;

/**
 * The audit trail read as FHIR AuditEvents (docs/adr/0053), by the REST audit search's rule: an
 * admin's role-level read ({@code SEARCH_AUDIT_EVENTS}, the endpoint checks the role), itself
 * audited with one row per read or search page. Newest first, as the REST search, keyset-paged on
 * (time, id): a row written while a client pages is newer than every cursor, so it never shifts a page.
 */
@ApplicationScoped
public class AuditEventReads {

    static final String SEARCHED = "FHIR AuditEvent search";

    private final PatientAccess access;
    private final AccessLog log;

    public AuditEventReads(PatientAccess access, AccessLog log) {
        this.access = access;
        this.log = log;
    }

    public AuditEvent read(Caller caller, String id) {
        UUID rowId = uuid(id);
        org.motus.patient.audit.AuditEvent row =
                rowId == null ? null : org.motus.patient.audit.AuditEvent.findById(rowId);
        if (row == null) {
            log.notFound(caller, Action.SEARCH_AUDIT_EVENTS, null);
            throw new NotFound("No AuditEvent " + id + ".");
        }
        return access.performForRole(
                caller,
                Action.SEARCH_AUDIT_EVENTS,
                "FHIR AuditEvent/" + rowId,
                () -> new Touched<>(AuditEventFhir.of(row), List.of()));
    }

    public Page search(Caller caller, AuditEventFilter filter, int count, Cursor after) {
        return access.performForRole(caller, Action.SEARCH_AUDIT_EVENTS, SEARCHED, () -> {
            NewestFirst query = filter.query().after(after == null ? null : new TimeCursor(after.at(), after.id()));
            List<org.motus.patient.audit.AuditEvent> rows =
                    org.motus.patient.audit.AuditEvent.<org.motus.patient.audit.AuditEvent>find(
                                    query.hql(), query.parameters())
                            .range(0, count) // inclusive: one row beyond the page says whether another follows
                            .list();
            List<org.motus.patient.audit.AuditEvent> shown = rows.size() > count ? rows.subList(0, count) : rows;
            Cursor next = null;
            if (rows.size() > count) {
                org.motus.patient.audit.AuditEvent last = shown.get(count - 1);
                next = new Cursor(last.occurredAt, 0, last.id);
            }
            return new Touched<>(new Page(shown.stream().map(AuditEventFhir::of).toList(), next), List.of());
        });
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
