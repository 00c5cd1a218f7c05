package org.motus.patient.access;

import static org.motus.patient.access.Relationship.ADMIN;
import static org.motus.patient.access.Relationship.SELF;
import static org.motus.patient.access.Relationship.TREATING_THERAPIST;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everything a caller can do to a patient's data, with who may do it: the access table of
 * patient-service in one place, and the "what" of every audit row. A patient reaches only
 * themself, a therapist only their caseload; an admin manages records and care teams but does not
 * read clinical data (check-ins, sessions, flags, adherence, progress) unless also treating.
 */
public enum Action {
    READ_RECORD(SELF, TREATING_THERAPIST, ADMIN),
    EDIT_GOALS_AND_CONTACT(SELF),
    EDIT_CLINICAL_FIELDS(TREATING_THERAPIST),
    SET_PRESCRIBED_FREQUENCY(TREATING_THERAPIST),
    /** Rule 13: set or clear the patient's activity ceiling, with a reason. */
    SET_ACTIVITY_CEILING(TREATING_THERAPIST),
    /** Rule 18: the patient's time zone (the web sets it from the browser at first sign-in). */
    SET_TIME_ZONE(SELF, TREATING_THERAPIST),
    READ_CARE_TEAM(SELF, TREATING_THERAPIST, ADMIN),
    ASSIGN_THERAPIST(ADMIN),
    REMOVE_THERAPIST(ADMIN),
    RECORD_CHECK_IN(SELF),
    READ_CHECK_INS(SELF, TREATING_THERAPIST),
    LOG_SESSION(SELF),
    READ_SESSIONS(SELF, TREATING_THERAPIST),
    /** Rule 12: follow-ups still to answer, so every device of the patient shows them. */
    READ_FOLLOW_UPS(SELF, TREATING_THERAPIST),
    READ_FLAGS(SELF, TREATING_THERAPIST),
    ACKNOWLEDGE_FLAG(TREATING_THERAPIST),
    READ_ADHERENCE(SELF, TREATING_THERAPIST),
    READ_PROGRESS(SELF, TREATING_THERAPIST),
    READ_AUDIT_TRAIL(ADMIN),
    /** Issue 14: the patient's message thread with their care team (clinical: not for an admin). */
    READ_MESSAGES(SELF, TREATING_THERAPIST),
    /** Write a message or upload an image for one. */
    SEND_MESSAGE(SELF, TREATING_THERAPIST),
    /** Read receipts: mark the thread's messages read up to one. */
    MARK_MESSAGES_READ(SELF, TREATING_THERAPIST),
    // Role-level actions (the role is checked on the endpoint); audited with the records they touch.
    CREATE_RECORD,
    LIST_RECORDS,
    READ_CASELOAD;

    private final Set<Relationship> allowedFor;

    Action(Relationship... allowedFor) {
        this.allowedFor = allowedFor.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(allowedFor[0], allowedFor));
    }

    public Set<Relationship> allowedFor() {
        return allowedFor;
    }
}
