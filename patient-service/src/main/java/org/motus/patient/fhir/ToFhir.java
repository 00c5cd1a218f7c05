package org.motus.patient.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.exerciselog.ExerciseLog;
import org.motus.patient.rules.Severity;

/**
 * Motus's records as HAPI FHIR R4 resources: pure functions of the entities (no database, no CDI),
 * so each shape is checked by the validator in a unit test. Nothing here writes JSON by hand.
 */
public final class ToFhir {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private ToFhir() {}

    /** The patient's record: name, date of birth, contact details, in care or discharged. */
    public static Patient patient(org.motus.patient.record.Patient record) {
        return patient(record, List.of());
    }

    /** The same, with the identifiers other systems gave the patient (a referral's medical record number). */
    public static Patient patient(org.motus.patient.record.Patient record, List<PatientImport.ExternalId> identifiers) {
        Patient patient = new Patient();
        patient.setId(record.id.toString());
        patient.getMeta().setLastUpdated(Date.from(record.updatedAt));
        for (PatientImport.ExternalId identifier : identifiers) {
            patient.addIdentifier().setSystem(identifier.system()).setValue(identifier.value());
        }
        patient.setActive(record.dischargedAt == null);
        patient.addName().setUse(HumanName.NameUse.USUAL).setText(record.displayName);
        if (record.dateOfBirth != null) {
            patient.setBirthDateElement(new DateType(record.dateOfBirth.toString()));
        }
        if (record.contactEmail != null) {
            patient.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(record.contactEmail);
        }
        if (record.contactPhone != null) {
            patient.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(record.contactPhone);
        }
        return patient;
    }

    /**
     * A pain reading (DOMAIN rule 1: 0-10 NRS, LOINC 72514-3) as a reported survey answer with an
     * integer value; the reading's place around a session (before, during, after, follow-up or a
     * daily check-in) is its method.
     */
    public static Observation pain(CheckIn reading) {
        Observation observation = new Observation();
        observation.setId(ObservationId.pain(reading.id));
        observation.getMeta().setLastUpdated(Date.from(reading.recordedAt));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(category(Codes.SURVEY, "Survey"));
        observation.setCode(
                new CodeableConcept(new Coding(Codes.LOINC, Codes.PAIN_SEVERITY, Codes.PAIN_SEVERITY_DISPLAY))
                        .setText("Pain 0-10"));
        Reference subject = patientReference(reading.patientId);
        observation.setSubject(subject);
        observation.addPerformer(subject.copy());
        observation.setEffective(dateTime(reading.occurredAt));
        observation.setIssued(Date.from(reading.recordedAt));
        observation.setValue(new IntegerType(reading.pain));
        String kind = reading.kind.name();
        observation.setMethod(new CodeableConcept(new Coding(Codes.CHECK_IN_KIND, kind, checkInKindText(kind)))
                .setText(checkInKindText(kind)));
        if (reading.note != null && !reading.note.isBlank()) {
            observation.addNote().setText(reading.note);
        }
        return observation;
    }

    /** Which heart rate of a logged session an Observation carries. */
    public enum HeartRateStatistic {
        /** The highest heart rate during the session (DOMAIN rule 14 checks it against the cap). */
        PEAK,
        /** The mean heart rate over the session. */
        MEAN
    }

    /**
     * A logged session's heart rate as a vital sign shaped as the R4 heart-rate profile asks (category
     * vital-signs, LOINC 8867-4, beats per minute in UCUM {@code /min}), over the session's period;
     * empty when the patient logged none. It does not claim that profile: the profile's own
     * invariant vs-1 fails on any effectivePeriod in HAPI's validator, and a peak or a mean belongs
     * to the session's period, not to one instant.
     */
    public static Optional<Observation> heartRate(ExerciseLog session, HeartRateStatistic statistic) {
        Integer bpm = statistic == HeartRateStatistic.PEAK ? session.peakHeartRateBpm : session.averageHeartRateBpm;
        if (bpm == null) {
            return Optional.empty();
        }
        Observation observation = new Observation();
        observation.setId(ObservationId.heartRate(session.id, statistic));
        observation.getMeta().setLastUpdated(Date.from(session.recordedAt));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(category(Codes.VITAL_SIGNS, "Vital Signs"));
        observation.setCode(new CodeableConcept(new Coding(Codes.LOINC, Codes.HEART_RATE, Codes.HEART_RATE_DISPLAY))
                .setText("Heart rate"));
        Reference subject = patientReference(session.patientId);
        observation.setSubject(subject);
        observation.addPerformer(subject.copy());
        observation.setEffective(
                new Period().setStartElement(dateTime(session.startedAt)).setEndElement(dateTime(session.endedAt)));
        observation.setIssued(Date.from(session.recordedAt));
        observation.setValue(new Quantity()
                .setValue(bpm)
                .setUnit("beats/minute")
                .setSystem(Codes.UCUM)
                .setCode(Codes.PER_MINUTE));
        String text = statistic == HeartRateStatistic.PEAK ? "Peak during the session" : "Mean over the session";
        observation.setMethod(
                new CodeableConcept(new Coding(Codes.HEART_RATE_STATISTIC, statistic.name(), text)).setText(text));
        return Optional.of(observation);
    }

    /**
     * A flag for the treating therapist: active until acknowledged, its reason as the code, its
     * severity (DOMAIN rule 17) as the R4 flag-priority extension and as Motus's own code.
     */
    public static Flag flag(org.motus.patient.flag.Flag flag) {
        Flag resource = new Flag();
        resource.setId(flag.id.toString());
        resource.setStatus(flag.acknowledgedAt == null ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
        resource.addCategory(new CodeableConcept(new Coding(Codes.FLAG_CATEGORY_SYSTEM, "clinical", "Clinical")));
        resource.setCode(
                new CodeableConcept(new Coding(Codes.FLAG_KIND, flag.kind.name(), flag.detail)).setText(flag.detail));
        resource.setSubject(patientReference(flag.patientId));
        Period period = new Period().setStartElement(dateTime(flag.raisedAt));
        if (flag.acknowledgedAt != null) {
            period.setEndElement(dateTime(flag.acknowledgedAt));
        }
        resource.setPeriod(period);
        CodeableConcept priority = new CodeableConcept()
                .addCoding(new Coding(Codes.FLAG_PRIORITY_SYSTEM, priority(flag.severity), priorityText(flag.severity)))
                .addCoding(new Coding(Codes.FLAG_SEVERITY, flag.severity.name(), severityText(flag.severity)))
                .setText(flag.severity.name());
        resource.addExtension(Codes.FLAG_PRIORITY_EXTENSION, priority);
        return resource;
    }

    public static Reference patientReference(java.util.UUID patientId) {
        return new Reference("Patient/" + patientId);
    }

    /** URGENT is high priority, HIGH medium, ROUTINE low (the flag-priority codes PH, PM, PL). */
    static String priority(Severity severity) {
        return switch (severity) {
            case URGENT -> "PH";
            case HIGH -> "PM";
            case ROUTINE -> "PL";
        };
    }

    private static String priorityText(Severity severity) {
        return switch (severity) {
            case URGENT -> "High priority";
            case HIGH -> "Medium priority";
            case ROUTINE -> "Low priority";
        };
    }

    private static String severityText(Severity severity) {
        return severity.name().charAt(0) + severity.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static String checkInKindText(String kind) {
        return switch (kind) {
            case "BEFORE" -> "Before the session";
            case "DURING" -> "Peak during the session";
            case "AFTER" -> "Right after the session";
            case "FOLLOW_UP" -> "About two hours after the session";
            default -> "Daily check-in";
        };
    }

    private static CodeableConcept category(String code, String display) {
        return new CodeableConcept(new Coding(Codes.OBSERVATION_CATEGORY, code, display));
    }

    /** An instant in UTC to the second or finer, as FHIR dateTime. */
    static DateTimeType dateTime(Instant instant) {
        DateTimeType type = new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
        type.setTimeZoneZulu(true);
        return type;
    }
}
