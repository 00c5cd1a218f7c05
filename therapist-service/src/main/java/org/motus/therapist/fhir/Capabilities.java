package org.motus.therapist.fhir;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.motus.problem.fhir.Fhir;

/**
 * therapist-service's CapabilityStatement: the resources, interactions and search parameters that
 * {@link FhirSearchResource} serves, and nothing it does not. A test calls every one it lists.
 */
public final class Capabilities {

    private Capabilities() {}

    public static CapabilityStatement statement() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDateElement(new DateTimeType("2026-12-06"));
        statement.setPublisher("Motus");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("Motus therapist-service");
        statement
                .getImplementation()
                .setDescription("Motus therapist-service: patients' home programmes (plans) and condition protocols");
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("json");
        statement.addFormat(Fhir.JSON);
        CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .setDescription("A bearer access token from the Motus realm (through the gateway: the session's)."
                        + " A patient reaches their own plan, a therapist their caseload's; anything else is 404."
                        + " PlanDefinitions are for therapists and admins.");

        CapabilityStatementRestResourceComponent carePlan = resource(rest, "CarePlan");
        carePlan.setDocumentation(
                "Each published version of a patient's home programme: the newest active, those"
                        + " a later version replaced revoked (the newer names it in replaces). Activities are the"
                        + " exercises with their dosage; drafts are not shown. Paged by _count (1-100, default 20) with a next link.");
        carePlan.addInteraction().setCode(TypeRestfulInteraction.READ);
        carePlan.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        carePlan.addSearchParam()
                .setName("patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Required: one patient (or subject=Patient/<id>).");
        carePlan.addSearchParam().setName("subject").setType(SearchParamType.REFERENCE);
        carePlan.addSearchParam()
                .setName("status")
                .setType(SearchParamType.TOKEN)
                .setDocumentation("Codes of http://hl7.org/fhir/request-status; only active and revoked occur.");
        carePlan.addSearchParam()
                .setName("date")
                .setType(SearchParamType.DATE)
                .setDocumentation("ge, le, gt, lt or equal; a day (UTC) or an instant with its offset. Matches"
                        + " a CarePlan whose period shares any instant with the range.");
        carePlan.addSearchInclude("CarePlan:subject");
        carePlan.addSearchInclude("CarePlan:patient");

        CapabilityStatementRestResourceComponent definition = resource(rest, "PlanDefinition");
        definition.setDocumentation("Condition protocols and the clinic's own templates, their actions the"
                + " exercises with their dosage. Paged by _count (1-100, default 20) with a next link.");
        definition.addInteraction().setCode(TypeRestfulInteraction.READ);
        definition.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        definition
                .addSearchParam()
                .setName("status")
                .setType(SearchParamType.TOKEN)
                .setDocumentation("Codes of http://hl7.org/fhir/publication-status; every one shown is active.");
        definition
                .addSearchParam()
                .setName("name")
                .setType(SearchParamType.STRING)
                .setDocumentation("Starts with, ignoring case and accents; :contains and :exact.");
        definition
                .addSearchParam()
                .setName("title")
                .setType(SearchParamType.STRING)
                .setDocumentation("Starts with, ignoring case and accents; :contains and :exact.");
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
