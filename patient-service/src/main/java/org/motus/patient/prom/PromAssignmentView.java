package org.motus.patient.prom;

import java.time.Instant;
import java.util.UUID;
import org.motus.patient.prom.score.Instrument;

/** An assignment still waiting for the patient's answer. */
public record PromAssignmentView(
        UUID id, Instrument instrument, AssignmentReason reason, Instant assignedAt, String assignedBy) {

    static PromAssignmentView of(PromAssignment assignment) {
        return new PromAssignmentView(
                assignment.id,
                assignment.instrument,
                AssignmentReason.valueOf(assignment.reason.name()),
                assignment.assignedAt,
                assignment.assignedBy);
    }
}
