package org.motus.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.motus.gateway.audit.AuditEventPage;
import org.motus.gateway.me.Me;
import org.motus.gateway.visit.VisitList;
import org.motus.gateway.visit.VisitNote;
import org.motus.gateway.visit.VisitRecordView;
import org.motus.gateway.visit.VisitView;
import org.motus.problem.openapi.SuccessExamples;

/**
 * The example this service's document shows for each view it answers with: every successful answer of that
 * view (or list of it) that names no example of its own gets this one.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
// Quarkus runs an @OpenApiFilter class only if it names OASFilter among its own interfaces.
public class SuccessExampleRegistry extends SuccessExamples implements OASFilter {

    public SuccessExampleRegistry() {
        one(AuditEventPage.class, "a note written", Examples.AUDIT_PAGE);
        one(Me.class, "patient", Examples.ME);
        one(VisitList.class, "visits", Examples.VISIT_LIST);
        one(VisitNote.class, "note", Examples.VISIT_NOTE);
        one(VisitRecordView.class, "ended", Examples.VISIT_RECORD);
        one(VisitView.class, "scheduled", Examples.VISIT);
    }
}
