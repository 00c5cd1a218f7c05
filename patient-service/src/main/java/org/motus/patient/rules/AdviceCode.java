package org.motus.patient.rules;

/** What the patient is told, most important first (the order of the constants is the priority). */
public enum AdviceCode {
    CALL_EMERGENCY,
    SEEK_URGENT_CARE,
    HEART_RATE_ABOVE_CAP,
    REDUCE_INTENSITY,
    SLOW_DOWN_HEART_RATE,
    FOLLOW_UP_LATE,
    RECORD_FOLLOW_UP,
    CONTINUE
}
