package org.motus.patient.reminder;

/** Why a reminder was not sent. */
public enum CancelReason {
    /** The follow-up was answered. */
    ANSWERED,
    /** The follow-up window closed (or would close before the patient could answer): never sent late. */
    WINDOW_CLOSED,
    /** The patient turned every channel of this kind off. */
    OPTED_OUT,
    /** The patient's channels for this kind cannot reach them (email only, and no address on record). */
    NO_CHANNEL,
    /** The episode of care ended. */
    DISCHARGED,
    /** The patient already recorded something that day. */
    ALREADY_RECORDED,
    /** Its moment passed (the day ended, the visit started) while it waited for quiet hours to end. */
    TIME_PASSED,
    /** Quiet hours pushed it onto (or past) the session's other reminder, which is sent instead: one notice, not two. */
    MERGED,
    /** The visit moved to another time (or to another patient): reminders of the new time replace it. */
    VISIT_CHANGED,
    /** The visit was cancelled. */
    VISIT_CANCELLED
}
