package org.motus.patient.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.validation.QueryParams.Range;
import org.motus.problem.search.PageRequest;

/** Admins read the trail of one patient in a time range, newest first. Nothing changes it. */
@ApplicationScoped
public class AuditQuery {

    private final PatientAccess access;

    public AuditQuery(PatientAccess access) {
        this.access = access;
    }

    public PageRequest.Paged<AuditEventView> of(Caller caller, UUID patientId, Range range, PageRequest page) {
        return access.perform(caller, patientId, Action.READ_AUDIT_TRAIL, patient -> {
            List<AuditEvent> rows = AuditEvent.<AuditEvent>find(
                            "patientId = :patient and occurredAt >= :from and occurredAt < :to and "
                                    + page.keyset("occurredAt", false) + " order by occurredAt desc, id desc",
                            page.parameters(
                                    java.util.Map.of("patient", patientId, "from", range.from(), "to", range.to())))
                    .page(0, page.rowsToRead())
                    .list();
            return page.cut(rows, row -> row.occurredAt, row -> row.id).map(AuditEventView::of);
        });
    }
}
