package org.motus.patient.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.motus.problem.ProblemException;
import org.motus.problem.fhir.BadSearch;

/**
 * Reads a Patient another system posts (issue 15 item 4: a referral from an EHR) into the
 * invitation it stands for: a patient account with their name and email, invited to set a
 * password, with the referring system's identifiers kept. Pure. Only what Motus needs and can
 * check is taken; anything missing or malformed is refused with what is wrong (400).
 */
public final class PatientImport {

    /** The same shape the REST invitation accepts (InvitationRequest). */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static final Pattern NAME = Pattern.compile("^[^<>\\p{Cntrl}]{1,99}$");

    /** A referring system's identifier of the person. */
    public record ExternalId(String system, String value) {}

    /** The referral: who to invite, their date of birth if given, and the sender's identifiers. */
    public record Referral(
            String firstName, String lastName, String email, LocalDate birthDate, List<ExternalId> identifiers) {}

    private PatientImport() {}

    public static Referral read(String json, LocalDate today) {
        Patient patient = parse(json);
        if (patient.hasActive() && !patient.getActive()) {
            throw invalid("active must not be false: Motus takes referrals of people to treat.");
        }
        HumanName name = patient.getName().stream()
                .filter(n -> n.getUse() == null || n.getUse() != HumanName.NameUse.OLD)
                .findFirst()
                .orElseThrow(() -> invalid("name is required, with family and given."));
        String given = String.join(
                        " ", name.getGiven().stream().map(StringType::getValue).toList())
                .strip();
        String family = name.getFamily() == null ? "" : name.getFamily().strip();
        if (!NAME.matcher(given).matches() || !NAME.matcher(family).matches()) {
            throw invalid(
                    "name needs a family and a given name of 1-99 characters, without < > or control characters.");
        }
        List<String> emails = patient.getTelecom().stream()
                .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.EMAIL)
                .map(ContactPoint::getValue)
                .filter(v -> v != null && !v.isBlank())
                .toList();
        if (emails.isEmpty()) {
            throw invalid("telecom needs an email: the patient is invited to Motus by email.");
        }
        String email = emails.get(0).strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw invalid("telecom email is not an email address.");
        }
        LocalDate birthDate = null;
        if (patient.hasBirthDate()) {
            birthDate = LocalDate.parse(
                    patient.getBirthDateElement().getValueAsString().length() == 10
                            ? patient.getBirthDateElement().getValueAsString()
                            : refuseBirthDatePrecision());
            if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
                throw invalid("birthDate must be a real date of birth (not in the future, not over 130 years ago).");
            }
        }
        List<ExternalId> identifiers = new ArrayList<>();
        for (Identifier identifier : patient.getIdentifier()) {
            identifiers.add(externalId(identifier.getSystem(), identifier.getValue()));
        }
        return new Referral(given, family, email.toLowerCase(java.util.Locale.ROOT), birthDate, identifiers);
    }

    /**
     * The identifier a conditional create names ({@code If-None-Exist: identifier=system|value},
     * optionally prefixed with {@code Patient?}), or empty without the header.
     */
    public static Optional<ExternalId> conditional(String ifNoneExist) {
        if (ifNoneExist == null || ifNoneExist.isBlank()) {
            return Optional.empty();
        }
        String query = ifNoneExist.strip();
        if (query.startsWith("Patient?")) {
            query = query.substring("Patient?".length());
        }
        if (!query.startsWith("identifier=") || query.contains("&")) {
            throw invalid("If-None-Exist: only identifier=<system>|<value> is supported.");
        }
        String token = java.net.URLDecoder.decode(query.substring("identifier=".length()), StandardCharsets.UTF_8);
        int bar = token.indexOf('|');
        if (bar <= 0 || bar == token.length() - 1) {
            throw invalid("If-None-Exist: the identifier needs both a system and a value (system|value).");
        }
        return Optional.of(externalId(token.substring(0, bar), token.substring(bar + 1)));
    }

    private static ExternalId externalId(String system, String value) {
        if (system == null || system.isBlank() || value == null || value.isBlank()) {
            throw invalid("each identifier needs a system and a value.");
        }
        if (system.length() > 500 || value.length() > 200) {
            throw invalid("an identifier's system is at most 500 characters and its value at most 200.");
        }
        return new ExternalId(system.strip(), value.strip());
    }

    private static String refuseBirthDatePrecision() {
        throw invalid("birthDate must be a full date (YYYY-MM-DD).");
    }

    private static Patient parse(String json) {
        if (json == null || json.isBlank()) {
            throw invalid("The body must be a Patient (application/fhir+json).");
        }
        IParser parser = FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(Patient.class, json);
        } catch (DataFormatException | ClassCastException e) {
            throw invalid("Not a valid Patient: " + e.getMessage());
        }
    }

    private static ProblemException invalid(String detail) {
        return new BadSearch(detail);
    }
}
