package org.motus.patient.record;

/** How the patient prefers to be reached. */
public enum ContactChannel {
    APP,
    EMAIL,
    SMS,
    PHONE
}
