package org.motus.patient.flag;

/** Why a flag was raised for the treating therapist. */
public enum FlagKind {
    /** Peak pain during the session above 3/10 (DOMAIN.md rule 4). */
    ACTIVITY_CEILING_EXCEEDED,
    /** Pain at the follow-up still above the pre-session pain (DOMAIN.md rule 3). */
    PAIN_NOT_BACK_TO_BASELINE
}
