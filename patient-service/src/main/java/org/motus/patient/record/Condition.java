package org.motus.patient.record;

/** The conditions Motus serves (clinical-rules.md §25). */
public enum Condition {
    LOW_BACK,
    NECK_SHOULDER,
    KNEE_OA,
    HIP_OA,
    SCIATICA,
    /** Fibromyalgia / chronic widespread pain: therapist-service caps intensity (rule 6). */
    FIBROMYALGIA,
    OTHER
}
