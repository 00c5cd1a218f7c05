package org.motus.patient.prom;

import org.motus.patient.prom.score.PromSchedule.Reason;

/** Why a therapist asks for a PROM now: the two reasons of {@link Reason} a therapist can give. */
public enum AssignmentReason {
    ON_DEMAND(Reason.ON_DEMAND),
    DISCHARGE(Reason.DISCHARGE);

    private final Reason reason;

    AssignmentReason(Reason reason) {
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
