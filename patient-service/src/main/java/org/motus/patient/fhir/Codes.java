package org.motus.patient.fhir;

/** The code systems and codes Motus's FHIR resources use, each named once. */
public final class Codes {

    public static final String LOINC = "http://loinc.org";
    /** DOMAIN rule 1: "Pain severity - 0-10 verbal numeric rating [Score] - Reported". */
    public static final String PAIN_SEVERITY = "72514-3";

    public static final String PAIN_SEVERITY_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    public static final String HEART_RATE = "8867-4";
    public static final String HEART_RATE_DISPLAY = "Heart rate";

    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String PER_MINUTE = "/min";

    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String SURVEY = "survey";
    public static final String VITAL_SIGNS = "vital-signs";

    /** R4 core extension for how urgent a Flag is, with codes from {@link #FLAG_PRIORITY_SYSTEM}. */
    public static final String FLAG_PRIORITY_EXTENSION = "http://hl7.org/fhir/StructureDefinition/flag-priority";

    public static final String FLAG_PRIORITY_SYSTEM = "http://hl7.org/fhir/flag-priority-code";
    public static final String FLAG_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/flag-category";

    /** R4 AuditEvent (DICOM/HL7): the event type ({@code rest}: a RESTful operation), what the entity is and its role. */
    public static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";

    public static final String AUDIT_EVENT_REST = "rest";
    public static final String AUDIT_ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    public static final String AUDIT_OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    public static final String AUDIT_SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
    /** An audit row's action ({@code access.Action} name), the AuditEvent's subtype. */
    public static final String AUDIT_ACTION = "urn:motus:fhir:audit-action";
    /** A person's (or service account's) Keycloak subject in the Motus realm, and their realm roles. */
    public static final String ACCOUNT_SUBJECT = "urn:motus:fhir:account-subject";

    public static final String REALM_ROLE = "urn:motus:fhir:realm-role";

    /** R4 Consent: what the consent is about, and that it is a patient's consent document. */
    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

    public static final String CONSENT_SCOPE_TREATMENT = "treatment";
    public static final String PATIENT_CONSENT = "59284-0";
    public static final String PATIENT_CONSENT_DISPLAY = "Consent Document";
    public static final String CONSENT_KIND = "urn:motus:fhir:consent-kind";
    /** A consent text's policy URI: {@code urn:motus:consent-text:<KIND>:<version>}. */
    public static final String CONSENT_TEXT_POLICY = "urn:motus:consent-text:";

    /** Motus's own codes: which reading around a session, why a flag was raised, its severity. */
    public static final String CHECK_IN_KIND = "urn:motus:fhir:check-in-kind";

    public static final String FLAG_KIND = "urn:motus:fhir:flag-kind";
    public static final String FLAG_SEVERITY = "urn:motus:fhir:flag-severity";
    public static final String HEART_RATE_STATISTIC = "urn:motus:fhir:heart-rate-statistic";

    private Codes() {}
}
