package org.motus.patient.consent;

/** What the patient decided on one version of a consent text. */
public enum ConsentDecisionKind {
    ACCEPTED,
    /** Said no without having accepted before. */
    DECLINED,
    /** Said no after having accepted. */
    WITHDRAWN
}
