package org.motus.patient.fhir;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.motus.problem.fhir.BadSearch;

/** Reading the search parameters every Motus FHIR search shares. Pure. */
public final class SearchParams {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 100;

    private static final Pattern PATIENT = Pattern.compile(
            "^(?:Patient/)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");

    private SearchParams() {}

    /** {@code _count}: 1-100 (more is served as 100, as FHIR lets a server), default 20. */
    public static int count(String value) {
        if (value == null) {
            return DEFAULT_COUNT;
        }
        try {
            int count = Integer.parseInt(value.strip());
            if (count < 1) {
                throw new BadSearch("_count=" + value + ": ask for 1 to " + MAX_COUNT + " results a page.");
            }
            return Math.min(count, MAX_COUNT);
        } catch (NumberFormatException e) {
            throw new BadSearch("_count=" + value + ": not a whole number.");
        }
    }

    /** {@code patient} (or {@code subject}): a Patient id or {@code Patient/<id>}; exactly one is required. */
    public static UUID patient(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new BadSearch("patient is required: search one patient's resources (patient=Patient/<id>).");
        }
        if (values.size() > 1 || values.get(0).contains(",")) {
            throw new BadSearch("patient: give one patient.");
        }
        var m = PATIENT.matcher(values.get(0).strip());
        if (!m.matches()) {
            throw new BadSearch("patient=" + values.get(0) + ": not a Patient id (Patient/<uuid>).");
        }
        return UUID.fromString(m.group(1));
    }

    /** A token parameter's values ({@code system|code}, {@code code} or {@code |code}), comma-separated meaning "or". */
    public static List<Token> tokens(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",", -1)))
                .map(Token::parse)
                .toList();
    }

    /** One token: a code, with the system it must be in (null: any system). */
    public record Token(String system, String code) {

        static Token parse(String text) {
            String value = text.strip();
            if (value.isEmpty() || value.endsWith("|")) {
                throw new BadSearch("A token needs a code: " + text + ".");
            }
            int bar = value.indexOf('|');
            return bar < 0 ? new Token(null, value) : new Token(value.substring(0, bar), value.substring(bar + 1));
        }

        public boolean matches(String system, String code) {
            return this.code.equals(code) && (this.system == null || this.system.equals(system));
        }
    }
}
