package org.motus.gateway.visit;

/** The two people in a visit. */
public enum ParticipantRole {
    THERAPIST,
    PATIENT;

    public ParticipantRole other() {
        return this == THERAPIST ? PATIENT : THERAPIST;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
