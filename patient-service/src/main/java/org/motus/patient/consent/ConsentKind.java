package org.motus.patient.consent;

/** What a patient consents to (issue 13 item 6). */
public enum ConsentKind {
    /** Care through video visits; a patient who declines or withdraws it has no video visits. */
    TELEHEALTH,
    /**
     * The therapist monitors what the patient records between visits, and the clinic may bill it as
     * remote therapeutic monitoring (RTM). Without it the entries still reach the therapist (safety),
     * but they do not count as remote monitoring.
     */
    REMOTE_MONITORING
}
