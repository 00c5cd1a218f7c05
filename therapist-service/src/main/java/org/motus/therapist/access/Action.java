package org.motus.therapist.access;

/**
 * What a caller did with a patient's data in therapist-service, as the audit trail names it. Every
 * way into a patient's plans goes through {@link CareRelationship} with one of these, so every
 * read and change is recorded (AuditCompletenessTest checks each operation of the API).
 */
public enum Action {
    PLANS_LISTED,
    PLAN_READ,
    PLAN_DRAFT_READ,
    PLAN_VERSION_READ,
    PLAN_ACTIVE_READ,
    PLAN_CREATED,
    PLAN_DRAFT_SAVED,
    PLAN_DRAFT_DISCARDED,
    PLAN_PUBLISHED,
    /** Issue 19 item 7: a plan read to start another patient's plan from it. */
    PLAN_COPIED,
    /** Issue 19 item 7: a plan read to save it as a clinic template. */
    PLAN_TEMPLATE_SAVED,
    OWN_PLAN_READ,
    OWN_PLAN_HISTORY_READ,
    ROUTINE_READ,
    OWN_ROUTINE_READ,
    HANDOUT_READ,
    /** Issue 13 item 2: the discharge summary PDF (interim while in care). */
    DISCHARGE_SUMMARY_READ,
    PROGRESSION_READ,
    PROGRESSION_ACCEPTED,
    PROGRESSION_DISMISSED,
    /** An admin read a patient's trail here (admins reach no plan). */
    AUDIT_TRAIL_READ
}
