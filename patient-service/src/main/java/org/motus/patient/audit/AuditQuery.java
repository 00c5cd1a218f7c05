package org.motus.patient.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.validation.QueryParams.Range;

/** Admins read the trail of one patient in a time range, newest first. Nothing changes it. */
@ApplicationScoped
public class AuditQuery {

    private final PatientAccess access;

    public AuditQuery(PatientAccess access) {
        this.access = access;
    }

    public List<AuditEventView> of(Caller caller, UUID patientId, Range range, int limit) {
        return access.perform(
                caller,
                patientId,
                Action.READ_AUDIT_TRAIL,
                patient -> AuditEvent.<AuditEvent>find(
                                "patientId = ?1 and occurredAt >= ?2 and occurredAt < ?3 order by occurredAt desc, id",
                                patientId,
                                range.from(),
                                range.to())
                        .page(0, limit)
                        .list()
                        .stream()
                        .map(AuditEventView::of)
                        .toList());
    }
}
