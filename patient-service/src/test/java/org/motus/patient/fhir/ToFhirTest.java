package org.motus.patient.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.exerciselog.ExerciseLog;
import org.motus.patient.fhir.ToFhir.HeartRateStatistic;
import org.motus.patient.flag.FlagKind;
import org.motus.patient.rules.Severity;
import org.motus.problem.fhir.OperationOutcomes;
import org.motus.problem.testing.FhirValidation;

class ToFhirTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:15:30.123456Z");
    private static final UUID PATIENT = UUID.fromString("0b9d6f3e-2f4c-4e39-9d8c-1f2a3b4c5d6e");

    @Test
    void aPatientRecordIsAValidR4PatientWithNameBirthDateAndContact() {
        org.motus.patient.record.Patient record = new org.motus.patient.record.Patient();
        record.id = PATIENT;
        record.displayName = "Pat Patient";
        record.updatedAt = AT;
        record.dateOfBirth = LocalDate.of(1971, 3, 9);
        record.contactEmail = "pat@example.org";
        record.contactPhone = "+49 30 1234567";

        Patient patient = ToFhir.patient(record);

        assertEquals(List.of(), FhirValidation.errors(patient));
        assertEquals(PATIENT.toString(), patient.getIdElement().getIdPart());
        assertEquals("Pat Patient", patient.getNameFirstRep().getText());
        assertEquals("1971-03-09", patient.getBirthDateElement().getValueAsString());
        assertTrue(patient.getActive());
        assertEquals(2, patient.getTelecom().size());
    }

    @Test
    void aDischargedPatientIsInactive() {
        org.motus.patient.record.Patient record = new org.motus.patient.record.Patient();
        record.id = PATIENT;
        record.displayName = "Pat Patient";
        record.updatedAt = AT;
        record.dischargedAt = AT;

        Patient patient = ToFhir.patient(record);

        assertEquals(List.of(), FhirValidation.errors(patient));
        assertEquals(false, patient.getActive());
    }

    @Test
    void aPainReadingIsAValidSurveyObservationWithLoinc72514AndAnIntegerValue() {
        for (CheckInKind kind : CheckInKind.values()) {
            CheckIn reading = new CheckIn();
            reading.id = UUID.randomUUID();
            reading.patientId = PATIENT;
            reading.kind = kind;
            reading.pain = 7;
            reading.note = "Stairs were hard.";
            reading.occurredAt = AT;
            reading.recordedAt = AT.plusSeconds(5);

            Observation observation = ToFhir.pain(reading);

            assertEquals(List.of(), FhirValidation.errors(observation), kind.name());
            assertEquals("pain-" + reading.id, observation.getIdElement().getIdPart());
            assertEquals(
                    "http://loinc.org",
                    observation.getCode().getCodingFirstRep().getSystem());
            assertEquals("72514-3", observation.getCode().getCodingFirstRep().getCode());
            assertEquals(
                    "survey",
                    observation.getCategoryFirstRep().getCodingFirstRep().getCode());
            assertEquals(7, ((IntegerType) observation.getValue()).getValue());
            assertEquals("Patient/" + PATIENT, observation.getSubject().getReference());
            assertEquals(
                    kind.name(), observation.getMethod().getCodingFirstRep().getCode());
            assertEquals(
                    "2026-12-01T08:15:30.123Z",
                    observation.getEffectiveDateTimeType().getValueAsString());
        }
    }

    @Test
    void aSessionsHeartRateIsAValidVitalSignInBeatsPerMinute() {
        ExerciseLog session = new ExerciseLog();
        session.id = UUID.randomUUID();
        session.patientId = PATIENT;
        session.startedAt = AT;
        session.endedAt = AT.plusSeconds(1800);
        session.recordedAt = AT.plusSeconds(1900);
        session.peakHeartRateBpm = 142;
        session.averageHeartRateBpm = 118;

        Observation peak = ToFhir.heartRate(session, HeartRateStatistic.PEAK).orElseThrow();
        Observation mean = ToFhir.heartRate(session, HeartRateStatistic.MEAN).orElseThrow();

        assertEquals(List.of(), FhirValidation.errors(peak));
        assertEquals(List.of(), FhirValidation.errors(mean));
        assertEquals("8867-4", peak.getCode().getCodingFirstRep().getCode());
        assertEquals(
                "vital-signs", peak.getCategoryFirstRep().getCodingFirstRep().getCode());
        Quantity value = (Quantity) peak.getValue();
        assertEquals(142, value.getValue().intValue());
        assertEquals("/min", value.getCode());
        assertEquals("http://unitsofmeasure.org", value.getSystem());
        assertEquals(118, ((Quantity) mean.getValue()).getValue().intValue());
        assertEquals("heart-rate-peak-" + session.id, peak.getIdElement().getIdPart());
    }

    @Test
    void aSessionWithoutHeartRateHasNoHeartRateObservation() {
        ExerciseLog session = new ExerciseLog();
        session.id = UUID.randomUUID();
        session.peakHeartRateBpm = 130;

        assertTrue(ToFhir.heartRate(session, HeartRateStatistic.MEAN).isEmpty());
    }

    @Test
    void aFlagIsAValidFlagActiveUntilAcknowledgedWithItsSeverityAsPriority() {
        for (FlagKind kind : FlagKind.values()) {
            org.motus.patient.flag.Flag flag = new org.motus.patient.flag.Flag();
            flag.id = UUID.randomUUID();
            flag.patientId = PATIENT;
            flag.kind = kind;
            flag.severity = kind.severity();
            flag.detail = kind.reason(java.util.Set.of());
            flag.raisedAt = AT;

            Flag open = ToFhir.flag(flag);
            assertEquals(List.of(), FhirValidation.errors(open), kind.name());
            assertEquals(Flag.FlagStatus.ACTIVE, open.getStatus());
            Extension priority = open.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/flag-priority");
            String expected =
                    kind.severity() == Severity.URGENT ? "PH" : kind.severity() == Severity.HIGH ? "PM" : "PL";
            assertEquals(
                    expected,
                    ((org.hl7.fhir.r4.model.CodeableConcept) priority.getValue())
                            .getCodingFirstRep()
                            .getCode());

            flag.acknowledgedAt = AT.plusSeconds(60);
            Flag acknowledged = ToFhir.flag(flag);
            assertEquals(List.of(), FhirValidation.errors(acknowledged), kind.name());
            assertEquals(Flag.FlagStatus.INACTIVE, acknowledged.getStatus());
            assertTrue(acknowledged.getPeriod().hasEnd());
        }
    }

    @Test
    void errorsAreValidOperationOutcomesWithTheIssueTypeOfTheirStatus() {
        for (int status : new int[] {400, 401, 403, 404, 405, 409, 415, 422, 500, 503}) {
            var outcome = OperationOutcomes.of(status, "What went wrong.");
            assertEquals(List.of(), FhirValidation.errors(outcome), String.valueOf(status));
        }
        assertEquals(
                "not-found",
                OperationOutcomes.of(404, "x").getIssueFirstRep().getCode().toCode());
        assertEquals(
                "login",
                OperationOutcomes.of(401, "x").getIssueFirstRep().getCode().toCode());
        assertEquals(
                "forbidden",
                OperationOutcomes.of(403, "x").getIssueFirstRep().getCode().toCode());
        assertEquals(
                "invalid",
                OperationOutcomes.of(400, "x").getIssueFirstRep().getCode().toCode());
        assertEquals(
                "business-rule",
                OperationOutcomes.of(422, "x").getIssueFirstRep().getCode().toCode());
    }

    @Test
    void theCapabilityStatementIsValid() {
        assertEquals(List.of(), FhirValidation.errors(Capabilities.statement()));
    }
}
