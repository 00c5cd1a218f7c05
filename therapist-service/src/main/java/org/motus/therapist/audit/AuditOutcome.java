package org.motus.therapist.audit;

/** How an attempt on a patient's data ended. */
public enum AuditOutcome {
    SUCCESS,
    NOT_FOUND,
    FAILED
}
