package org.motus.gateway.visit;

/** Where a visit is in its life (docs/architecture.md, "A video visit"). */
public enum VisitStatus {
    /** The patient asked for it in a free slot; it holds the slot until the therapist confirms it. */
    REQUESTED,
    /** Booked; nobody is in the waiting room. */
    SCHEDULED,
    /** The patient is in the waiting room; the therapist has not admitted them yet. */
    WAITING,
    /** The therapist admitted the patient: the call is on. */
    IN_PROGRESS,
    /** The therapist ended the call. Final. */
    ENDED,
    /** A participant cancelled (or the therapist declined the request) before the start; or a request nobody confirmed lapsed. Final. */
    CANCELLED;

    public boolean isFinal() {
        return this == ENDED || this == CANCELLED;
    }
}
