package org.motus.therapist.fhir;

/** The code systems and codes therapist-service's FHIR resources use, each named once. */
public final class Codes {

    /** Motus's own codes, named like patient-service's ({@code urn:motus:fhir:...}). */
    public static final String EXERCISE = "urn:motus:fhir:exercise";

    /** The three pillars (DOMAIN.md "The three pillars"): EXERCISE, STRETCHING, RESTORATION. */
    public static final String PILLAR = "urn:motus:fhir:pillar";

    /**
     * An activity's pillar: R4's {@code CarePlan.activity.detail} has no category of its own (STU3's
     * was dropped), so the pillar rides in this extension, with a {@link #PILLAR} coding.
     */
    public static final String PILLAR_EXTENSION = "urn:motus:fhir:StructureDefinition:pillar";

    /** A condition a protocol is written for (therapist-service's {@code Condition}: LOW_BACK, ...). */
    public static final String CONDITION = "urn:motus:fhir:condition";

    public static final String PLAN_DEFINITION_TYPE = "http://terminology.hl7.org/CodeSystem/plan-definition-type";
    public static final String CLINICAL_PROTOCOL = "clinical-protocol";
    public static final String USAGE_CONTEXT_TYPE = "http://terminology.hl7.org/CodeSystem/usage-context-type";
    public static final String FOCUS = "focus";

    private Codes() {}
}
