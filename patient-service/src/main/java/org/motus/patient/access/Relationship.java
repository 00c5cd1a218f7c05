package org.motus.patient.access;

/** How a caller stands to one patient's record (docs/architecture.md, "Identity and access". */
public enum Relationship {
    /** The patient themself (role patient, token subject = record subject). */
    SELF,
    /** A therapist on the patient's care team (role therapist). */
    TREATING_THERAPIST,
    /** A clinic admin (role admin): records and care teams, not clinical data. */
    ADMIN,
    /** A machine client whose {@code system/} scope grants reading this type for every patient (ADR 0054). */
    SYSTEM_CLIENT,
    /** A machine client whose {@code patient/} scope grants reading this type for the patient its token names. */
    CLIENT_FOR_PATIENT
}
