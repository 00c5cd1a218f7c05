package org.motus.patient.message;

/** Who wrote a message or read it: the patient, or a therapist of their care team. */
public enum AuthorRole {
    PATIENT,
    THERAPIST
}
