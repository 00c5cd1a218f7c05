package org.motus.patient.audit;

/** How an attempt on a patient's data ended. */
public enum AuditOutcome {
    /** Done (and committed together with this row). */
    SUCCESS,
    /** Refused: outside the caller's reach (answered 404) or not for their role (403). */
    DENIED,
    /** No record with that id (answered 404). */
    NOT_FOUND,
    /** Allowed, but the work failed (e.g. a conflict or a missing sub-record) and was rolled back. */
    FAILED
}
