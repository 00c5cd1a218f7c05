package org.motus.gateway.audit;

/**
 * What was done with a visit (a patient's data in the gateway), as the audit trail names it. Every
 * way into a visit goes through {@code visit.VisitService} with one of these (AuditCompletenessTest
 * checks every operation of the gateway's API leaves an event).
 */
public enum AuditAction {
    /** The caller's list of visits: one event per patient whose visits it showed. */
    VISITS_LISTED,
    /** One visit (also read to hand out its ICE servers). */
    VISIT_READ,
    VISIT_SCHEDULED,
    /** The patient asked for a visit in a free slot. */
    VISIT_REQUESTED,
    /** The therapist accepted a visit the patient asked for. */
    VISIT_CONFIRMED,
    VISIT_RESCHEDULED,
    VISIT_CANCELLED,
    /** The therapist ended the call (from the API or the room). */
    VISIT_ENDED,
    VISIT_CALENDAR_READ,
    /** What happened in the visit: actual start and end, attendance, reconnects. */
    VISIT_RECORD_READ,
    VISIT_NOTE_READ,
    VISIT_NOTE_WRITE,
    /** Whether the caller may open the visit's signalling socket now. */
    VISIT_ROOM_ADMISSION,
    /** A participant entered the visit's room (attendance). */
    VISIT_ROOM_JOINED,
    /** The therapist let the waiting patient in. */
    VISIT_ROOM_ADMITTED,
    /** A participant's connection left the room (attendance). */
    VISIT_ROOM_LEFT,
    /** Motus ended a visit nobody closed (actor {@link AuditLog#SYSTEM_ACTOR}). */
    VISIT_ENDED_UNATTENDED,
    /** An admin read this trail. */
    AUDIT_TRAIL_READ
}
