package org.motus.patient.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.checkin.CheckInRequest;
import org.motus.problem.ProblemException;
import org.motus.problem.RuleViolation;
import org.motus.problem.fhir.BadSearch;

/**
 * Reads a pain Observation another system posts (issue 15 item 4: referrals and readings from an
 * EHR) into the check-in it stands for. Pure. Only what Motus can act on is taken: a final 0-10 pain
 * score (LOINC 72514-3) of one patient at a stated time, as a resting (DAILY) reading; its note is
 * screened for red flags like any other (rule 16). Anything else is refused with what is wrong.
 */
public final class ObservationImport {

    private static final Set<Observation.ObservationStatus> FINAL = Set.of(
            Observation.ObservationStatus.FINAL,
            Observation.ObservationStatus.AMENDED,
            Observation.ObservationStatus.CORRECTED);

    /** The reading and the patient it is about. */
    public record Reading(UUID patientId, CheckInRequest checkIn, Identifier identifier) {}

    private ObservationImport() {}

    public static Reading read(String json) {
        Observation observation = parse(json);
        if (!FINAL.contains(observation.getStatus())) {
            throw invalid("status must be final, amended or corrected.");
        }
        boolean pain = observation.getCode().getCoding().stream()
                .anyMatch(c -> Codes.LOINC.equals(c.getSystem()) && Codes.PAIN_SEVERITY.equals(c.getCode()));
        if (!pain) {
            throw unprocessable("Only pain severity 0-10 (http://loinc.org|72514-3) is imported.");
        }
        UUID patientId = patientOf(observation);
        Instant occurredAt = effectiveOf(observation);
        int value = painOf(observation);
        if (observation.hasMethod()) {
            boolean daily = observation.getMethod().getCoding().stream()
                    .anyMatch(c -> Codes.CHECK_IN_KIND.equals(c.getSystem()) && "DAILY".equals(c.getCode()));
            if (!daily) {
                throw unprocessable(
                        "Only resting (DAILY) readings are imported; a session's readings come with the session.");
            }
        }
        String note = observation.hasNote() ? observation.getNoteFirstRep().getText() : null;
        if (observation.getNote().size() > 1) {
            throw invalid("at most one note.");
        }
        CheckInRequest checkIn = new CheckInRequest(CheckInKind.DAILY, value, note, null, occurredAt, null);
        Identifier identifier = observation.hasIdentifier() ? observation.getIdentifierFirstRep() : null;
        return new Reading(patientId, checkIn, identifier);
    }

    /**
     * The key that makes a conditional create (If-None-Exist: identifier=system|value) idempotent, or
     * null without the header. Only identifier searches are understood.
     */
    public static String conditionalKey(String ifNoneExist) {
        if (ifNoneExist == null || ifNoneExist.isBlank()) {
            return null;
        }
        String query = ifNoneExist.strip();
        if (query.startsWith("Observation?")) {
            query = query.substring("Observation?".length());
        }
        if (!query.startsWith("identifier=") || query.contains("&")) {
            throw invalid("If-None-Exist: only identifier=<system>|<value> is supported.");
        }
        String token = java.net.URLDecoder.decode(query.substring("identifier=".length()), StandardCharsets.UTF_8);
        int bar = token.indexOf('|');
        if (bar <= 0 || bar == token.length() - 1) {
            throw invalid("If-None-Exist: the identifier needs both a system and a value (system|value).");
        }
        return "fhir-identifier:" + sha256(token);
    }

    private static Observation parse(String json) {
        if (json == null || json.isBlank()) {
            throw invalid("The body must be an Observation (application/fhir+json).");
        }
        IParser parser = FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(Observation.class, json);
        } catch (DataFormatException | ClassCastException e) {
            throw invalid("Not a valid Observation: " + e.getMessage());
        }
    }

    private static UUID patientOf(Observation observation) {
        String reference = observation.getSubject().getReference();
        if (reference == null || !reference.startsWith("Patient/")) {
            throw invalid("subject must reference Patient/<id>.");
        }
        try {
            return UUID.fromString(reference.substring("Patient/".length()));
        } catch (IllegalArgumentException e) {
            throw invalid("subject must reference a Motus patient id (a UUID).");
        }
    }

    private static Instant effectiveOf(Observation observation) {
        if (!(observation.getEffective() instanceof BaseDateTimeType effective) || effective.getValue() == null) {
            throw invalid("effectiveDateTime (or effectiveInstant) is required.");
        }
        if (effective.getPrecision().ordinal() < TemporalPrecisionEnum.MINUTE.ordinal()
                || effective.getTimeZone() == null) {
            throw invalid("effectiveDateTime needs a time of day and a time zone offset.");
        }
        return effective.getValue().toInstant();
    }

    private static int painOf(Observation observation) {
        BigDecimal value;
        if (observation.getValue() instanceof IntegerType integer && integer.getValue() != null) {
            value = BigDecimal.valueOf(integer.getValue());
        } else if (observation.getValue() instanceof Quantity quantity && quantity.hasValue()) {
            value = quantity.getValue();
        } else {
            throw invalid("valueInteger (0-10) is required.");
        }
        if (value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.ZERO) < 0
                || value.compareTo(BigDecimal.TEN) > 0) {
            throw invalid("the value must be a whole number from 0 to 10.");
        }
        return value.intValueExact();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException invalid(String detail) {
        return new BadSearch(detail);
    }

    private static ProblemException unprocessable(String detail) {
        return new RuleViolation(detail);
    }
}
