package org.motus.patient.checkin;

/** clinical-rules.md §2: readings around a session, plus a standalone daily reading. */
public enum CheckInKind {
    /** Right before the session: the baseline of the two-hour rule (rule 3). */
    BEFORE,
    /** Peak pain during the session: the activity ceiling applies (rule 4). */
    DURING,
    /** Right after the session. */
    AFTER,
    /** About two hours after the session (rules 2 and 3). */
    FOLLOW_UP,
    /** A standalone reading on any day, tied to no session. */
    DAILY;

    /** Readings of resting pain, which the progress view averages (DURING and AFTER measure activity pain). */
    public boolean isResting() {
        return this == BEFORE || this == DAILY;
    }
}
