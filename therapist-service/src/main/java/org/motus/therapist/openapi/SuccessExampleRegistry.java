package org.motus.therapist.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.motus.problem.openapi.SuccessExamples;
import org.motus.therapist.library.ExerciseView;
import org.motus.therapist.plan.PlanViews.PlanView;
import org.motus.therapist.plan.PlanViews.VersionView;
import org.motus.therapist.protocol.ProtocolView;
import org.motus.therapist.routine.TodayView;

/**
 * The example this service's document shows for each view it answers with: every successful answer of that
 * view (or list of it) that names no example of its own gets this one.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
// Quarkus runs an @OpenApiFilter class only if it names OASFilter among its own interfaces.
public class SuccessExampleRegistry extends SuccessExamples implements OASFilter {

    public SuccessExampleRegistry() {
        one(ExerciseView.class, "exercise", Examples.EXERCISE);
        listOf(ExerciseView.class, "library", Examples.EXERCISE_LIST);
        one(PlanView.class, "history", Examples.PLAN_PATIENT);
        one(ProtocolView.class, "protocol", Examples.PROTOCOL);
        listOf(ProtocolView.class, "protocols", Examples.PROTOCOL_LIST);
        one(TodayView.class, "today", Examples.TODAY);
        one(VersionView.class, "active", Examples.PLAN_VERSION_PATIENT);
    }
}
