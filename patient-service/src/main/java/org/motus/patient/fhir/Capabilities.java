package org.motus.patient.fhir;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.motus.problem.fhir.Fhir;

/**
 * patient-service's CapabilityStatement: the resources, interactions and search parameters that
 * {@link FhirSearchResource} serves, and nothing it does not. A test calls every one it lists.
 */
public final class Capabilities {

    /** The Bulk Data Access IG's system-level and Patient-level export operations. */
    public static final String EXPORT = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export";

    public static final String PATIENT_EXPORT = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export";

    private Capabilities() {}

    public static CapabilityStatement statement() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDateElement(new org.hl7.fhir.r4.model.DateTimeType("2026-12-04"));
        statement.setPublisher("Motus");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("Motus patient-service");
        statement
                .getImplementation()
                .setDescription(
                        "Motus patient-service: patients, pain and heart-rate observations, flags, PROMs, its audit trail");
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addInstantiates("http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data");
        statement.addFormat("json");
        statement.addFormat(Fhir.JSON);
        CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .setDescription("A bearer access token from the Motus realm (through the gateway: the session's)."
                        + " A patient reaches their own record, a therapist their caseload; anything else is 404.");

        rest.addOperation()
                .setName("export")
                .setDefinition(EXPORT)
                .setDocumentation(
                        "FHIR Bulk Data export (Bulk Data Access IG v2) of the whole clinic, for an admin:"
                                + " Prefer: respond-async; _outputFormat application/fhir+ndjson (or application/ndjson,"
                                + " ndjson); _type among Patient, CareTeam, Consent, Observation, Flag, QuestionnaireResponse;"
                                + " _since a FHIR instant. 202 with Content-Location $export-status/{job}; the manifest's"
                                + " files ($export-file/{job}/{part}) are for the requester and kept 24 hours (docs/adr/0051).");

        CapabilityStatementRestResourceComponent patient = resource(rest, "Patient");
        patient.addInteraction().setCode(TypeRestfulInteraction.READ);
        patient.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        patient.addSearchParam().setName("_id").setType(SearchParamType.TOKEN);
        patient.addInteraction()
                .setCode(TypeRestfulInteraction.CREATE)
                .setDocumentation("A referral: a Patient with a name (family and given), an email (telecom) and"
                        + " optionally a birthDate (a therapist only) and the sender's identifiers becomes an invited"
                        + " patient (account, invitation email, record; a therapist's referral joins their"
                        + " caseload). If-None-Exist: identifier=system|value (one the Patient carries) makes it"
                        + " idempotent: 200 with the record made before, 409 if that record is outside the"
                        + " caller's caseload. A therapist or an admin; an admin is answered an OperationOutcome"
                        + " (no clinical record, ADR 0030).");
        patient.setConditionalCreate(true);
        patient.addOperation()
                .setName("everything")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything")
                .setDocumentation("Patient/{id}/$everything: the record, care team, consents, observations, flags"
                        + " and PROM answers in one Bundle (not paged).");
        patient.addOperation()
                .setName("export")
                .setDefinition(PATIENT_EXPORT)
                .setDocumentation("Patient/$export: as $export, every patient's data (an admin only).");

        CapabilityStatementRestResourceComponent observation = resource(rest, "Observation");
        observation.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        observation
                .addInteraction()
                .setCode(TypeRestfulInteraction.CREATE)
                .setDocumentation("A final pain score (LOINC 72514-3, valueInteger 0-10) of one patient with an"
                        + " effectiveDateTime (time and offset, at most 7 days ago) becomes a resting check-in; the"
                        + " patient or their treating therapist. If-None-Exist: identifier=system|value makes it"
                        + " idempotent (the same Observation again: 200; another under that identifier: 409).");
        observation.setConditionalCreate(true);
        observation
                .addSearchParam()
                .setName("patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Required: one patient (or subject=Patient/<id>).");
        observation.addSearchParam().setName("subject").setType(SearchParamType.REFERENCE);
        observation
                .addSearchParam()
                .setName("code")
                .setType(SearchParamType.TOKEN)
                .setDocumentation("http://loinc.org|72514-3 (pain 0-10) and http://loinc.org|8867-4 (heart rate)");
        observation
                .addSearchParam()
                .setName("date")
                .setType(SearchParamType.DATE)
                .setDocumentation("ge, le, gt, lt or equal; a day (UTC) or an instant with its offset."
                        + " A heart rate's date is its session's start.");

        CapabilityStatementRestResourceComponent flag = resource(rest, "Flag");
        flag.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        flag.addSearchParam()
                .setName("patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Required: one patient (or subject=Patient/<id>).");
        flag.addSearchParam().setName("subject").setType(SearchParamType.REFERENCE);
        flag.addSearchParam()
                .setName("status")
                .setType(SearchParamType.TOKEN)
                .setDocumentation("active (open) or inactive (acknowledged)");

        CapabilityStatementRestResourceComponent questionnaire = resource(rest, "Questionnaire");
        questionnaire.addInteraction().setCode(TypeRestfulInteraction.READ);
        questionnaire.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        questionnaire
                .addSearchParam()
                .setName("url")
                .setType(SearchParamType.URI)
                .setDocumentation("The PROMs Motus scores: PSFS and PEG-3 (clinical-rules.md section 19).");

        CapabilityStatementRestResourceComponent response = resource(rest, "QuestionnaireResponse");
        response.addInteraction().setCode(TypeRestfulInteraction.READ);
        response.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        response.addSearchParam()
                .setName("patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Required: one patient (or subject=Patient/<id>).");
        response.addSearchParam().setName("subject").setType(SearchParamType.REFERENCE);

        CapabilityStatementRestResourceComponent consent = resource(rest, "Consent");
        consent.addInteraction().setCode(TypeRestfulInteraction.READ);
        consent.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        consent.addSearchParam()
                .setName("patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Required: one patient. Every decision on telehealth and remote monitoring;"
                        + " only the newest per kind can be active.");

        CapabilityStatementRestResourceComponent careTeam = resource(rest, "CareTeam");
        careTeam.addInteraction().setCode(TypeRestfulInteraction.READ);
        careTeam.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        careTeam.addSearchParam()
                .setName("patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Required: one patient (or subject=Patient/<id>). One care team per patient.");
        careTeam.addSearchParam().setName("subject").setType(SearchParamType.REFERENCE);

        CapabilityStatementRestResourceComponent practitioner = resource(rest, "Practitioner");
        practitioner.addInteraction().setCode(TypeRestfulInteraction.READ);
        practitioner.setDocumentation("Therapists and admins from the Motus realm's accounts; readable by themself,"
                + " an admin, the patients they treat and the therapists who share a patient with them.");

        CapabilityStatementRestResourceComponent auditEvent = resource(rest, "AuditEvent");
        auditEvent.addInteraction().setCode(TypeRestfulInteraction.READ);
        auditEvent.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        auditEvent.setDocumentation("patient-service's audit trail (every attempt on a patient's data, granted or"
                + " refused), newest first; admins only, and each read is audited. The session gateway's (visit"
                + " notes) and therapist-service's trails are not here.");
        auditEvent
                .addSearchParam()
                .setName("patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("The patient the event is about (Patient/<id>).");
        auditEvent
                .addSearchParam()
                .setName("entity")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Patient/<id>: the only entity Motus audit events name.");
        auditEvent
                .addSearchParam()
                .setName("agent")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Who acted: Practitioner/<subject> or the Keycloak subject; agent:identifier="
                        + Codes.ACCOUNT_SUBJECT + "|<subject> for any account, a patient's too.");
        auditEvent
                .addSearchParam()
                .setName("date")
                .setType(SearchParamType.DATE)
                .setDocumentation("When it was recorded: ge, le, gt, lt or equal; a day (UTC) or an instant with its"
                        + " offset.");
        auditEvent
                .addSearchParam()
                .setName("outcome")
                .setType(SearchParamType.TOKEN)
                .setDocumentation("0 success, 4 refused or not found, 8 failed.");
        auditEvent
                .addSearchParam()
                .setName("subtype")
                .setType(SearchParamType.TOKEN)
                .setDocumentation("The Motus action (" + Codes.AUDIT_ACTION + "), e.g. READ_RECORD.");
        return statement;
    }

    private static CapabilityStatementRestResourceComponent resource(
            CapabilityStatementRestComponent rest, String type) {
        CapabilityStatementRestResourceComponent resource = rest.addResource();
        resource.setType(type);
        resource.setProfile("http://hl7.org/fhir/StructureDefinition/" + type);
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        resource.setUpdateCreate(false);
        return resource;
    }
}
