package org.motus.gateway.visit;

import java.time.Instant;

/**
 * A visit as one of its participants may see it: the REST view (never the therapist's note) and
 * whether its call was held (the therapist admitted the patient; the visit record shows the same to
 * both). What other formats of a visit, such as FHIR's Appointment, are built from.
 */
public record VisitSummary(VisitView view, boolean callHeld) {

    static VisitSummary of(Visit visit, ParticipantRole role, Instant now) {
        return new VisitSummary(VisitView.of(visit, role, now), visit.actualStart != null);
    }
}
