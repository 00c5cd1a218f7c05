package org.motus.gateway.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/**
 * The resource types the gateway serves itself (it owns visits), as {@link CapabilityMerge} puts them
 * into the merged statement: exactly the interactions and search parameters {@link FhirAppointments}
 * answers, and nothing it does not. A test calls every one listed. Pure.
 */
final class GatewayCapabilities {

    private GatewayCapabilities() {}

    static List<CapabilityStatementRestResourceComponent> resources() {
        CapabilityStatementRestResourceComponent appointment = new CapabilityStatementRestResourceComponent();
        appointment.setType("Appointment");
        appointment.setProfile("http://hl7.org/fhir/StructureDefinition/Appointment");
        appointment.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        appointment.setReadHistory(false);
        appointment.setUpdateCreate(false);
        appointment.setDocumentation("Video visits, served by the gateway (which owns them), to their two"
                + " participants only: the patient and the therapist who booked or accepted it. A search finds"
                + " the caller's own visits, oldest start first, paged by _count (1-100, default 20) and a next"
                + " link; another person's visit answers 404 when read and is never in a search.");
        appointment.addInteraction().setCode(TypeRestfulInteraction.READ);
        appointment.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        appointment
                .addSearchParam()
                .setName("patient")
                .setDefinition("http://hl7.org/fhir/SearchParameter/Appointment-patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Patient/<id>; a comma means or.");
        appointment
                .addSearchParam()
                .setName("practitioner")
                .setDefinition("http://hl7.org/fhir/SearchParameter/Appointment-practitioner")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Practitioner/<id> (the therapist); a comma means or.");
        appointment
                .addSearchParam()
                .setName("actor")
                .setDefinition("http://hl7.org/fhir/SearchParameter/Appointment-actor")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Patient/<id> or Practitioner/<id>; a comma means or.");
        appointment
                .addSearchParam()
                .setName("date")
                .setDefinition("http://hl7.org/fhir/SearchParameter/Appointment-date")
                .setType(SearchParamType.DATE)
                .setDocumentation("The start: eq, ge, le, gt or lt and a day (UTC) or an instant with its offset.");
        appointment
                .addSearchParam()
                .setName("status")
                .setDefinition("http://hl7.org/fhir/SearchParameter/Appointment-status")
                .setType(SearchParamType.TOKEN)
                .setDocumentation("proposed (asked for, not yet confirmed), booked, arrived (in the waiting room),"
                        + " checked-in (the call is on), fulfilled, noshow (ended with nobody admitted), cancelled.");
        return List.of(appointment);
    }
}
