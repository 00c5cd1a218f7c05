package org.motus.therapist.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.logging.Logger;
import org.motus.problem.fhir.Fhir;
import org.motus.therapist.patients.PatientFhirClient;

/**
 * {@code _include=CarePlan:subject}: the Patient resources of a page's CarePlans, read from
 * patient-service's own {@code /fhir/R4/Patient/{id}} with the caller's token (it owns the record,
 * decides who may read it and audits the read). When it does not answer with a Patient (404 for a
 * record out of the caller's reach there, an error, a timeout), the include is left out and the
 * Bundle says so in an OperationOutcome entry (search mode outcome): the CarePlans were read and
 * audited here and stay useful, and FHIR lets a server return fewer includes than asked.
 */
@ApplicationScoped
public class PatientIncludes {

    private static final Logger LOG = Logger.getLogger(PatientIncludes.class);

    private final PatientFhirClient patients;
    private final Fhir fhir;

    public PatientIncludes(@RestClient PatientFhirClient patients, Fhir fhir) {
        this.patients = patients;
        this.fhir = fhir;
    }

    /** The included Patients, and a warning naming each that could not be read (null when none). */
    public record Included(List<Patient> patients, OperationOutcome outcome) {}

    public Included of(List<UUID> patientIds) {
        List<Patient> found = new ArrayList<>();
        OperationOutcome outcome = null;
        for (UUID id : patientIds) {
            String problem;
            try {
                String body = patients.patient(id);
                Patient patient = fhir.json().parseResource(Patient.class, body);
                if (patient.getIdElement().getIdPart() != null
                        && patient.getIdElement().getIdPart().equals(id.toString())) {
                    // Keep the logical id only: its full URL in the Bundle is the gateway's.
                    patient.setId(id.toString());
                    found.add(patient);
                    continue;
                }
                problem = "patient-service answered with another resource";
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                problem = status == 404 || status == 403 || status == 401
                        ? "patient-service shows you no Patient " + id
                        : "patient-service answered " + status;
            } catch (ProcessingException e) {
                problem = "patient-service cannot be reached";
            } catch (DataFormatException | ClassCastException e) {
                problem = "patient-service answered with no FHIR Patient";
            }
            LOG.debugf("_include Patient/%s left out: %s", id, problem);
            if (outcome == null) {
                outcome = new OperationOutcome();
            }
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.WARNING)
                    .setCode(OperationOutcome.IssueType.INCOMPLETE)
                    .setDiagnostics("_include: Patient/" + id + " left out (" + problem + ").");
        }
        return new Included(found, outcome);
    }
}
