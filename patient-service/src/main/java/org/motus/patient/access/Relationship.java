package org.motus.patient.access;

/** How a caller stands to one patient's record (docs/architecture.md, "Identity and access". */
public enum Relationship {
    /** The patient themself (role patient, token subject = record subject). */
    SELF,
    /** A therapist on the patient's care team (role therapist). */
    TREATING_THERAPIST,
    /** A clinic admin (role admin): records and care teams, not clinical data. */
    ADMIN
}
