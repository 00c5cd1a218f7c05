package org.motus.gateway.visit;

/** What can happen to a visit; {@link VisitLifecycle} says which events each status allows. */
public enum VisitEvent {
    /** The patient enters the waiting room (or comes back to a visit already waiting or in progress). */
    PATIENT_JOINS,
    /** The patient leaves the waiting room before being admitted. */
    PATIENT_LEAVES,
    /** The therapist lets the waiting patient in. */
    ADMIT,
    /** The therapist ends the call. */
    END,
    /** Either participant calls the visit off before its start. */
    CANCEL,
    /** The therapist moves a visit nobody has joined yet to another time, before its start (a request so moved is confirmed). */
    RESCHEDULE,
    /** The therapist accepts a visit the patient asked for. */
    CONFIRM,
    /** The patient moves a visit to another free slot, before its start: the therapist confirms it again. */
    PATIENT_MOVES,
    /** The slot and its grace period passed with nobody left in the call: Motus ends the visit itself. */
    LAPSE
}
