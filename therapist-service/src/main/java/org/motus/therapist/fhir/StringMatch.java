package org.motus.therapist.fhir;

import jakarta.ws.rs.core.MultivaluedMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.motus.problem.fhir.BadSearch;

/**
 * One value of a FHIR string search parameter (R4 search, "string"): by default the text starts
 * with the value, ignoring case and accents; {@code :contains} anywhere in it; {@code :exact} the
 * whole text, exactly. Pure.
 */
public record StringMatch(Mode mode, String value) {

    public enum Mode {
        STARTS,
        CONTAINS,
        EXACT
    }

    /**
     * The values of {@code name}, {@code name:contains} and {@code name:exact} in a query, each a
     * filter on its own (all must match); a comma inside one value means "or" in FHIR, not supported.
     *
     * @throws BadSearch for another modifier or an empty value
     */
    public static List<StringMatch> of(MultivaluedMap<String, String> query, String name) {
        List<StringMatch> matches = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String key = parameter.getKey();
            if (!key.equals(name) && !key.startsWith(name + ":")) {
                continue;
            }
            Mode mode = switch (key.substring(name.length())) {
                case "" -> Mode.STARTS;
                case ":contains" -> Mode.CONTAINS;
                case ":exact" -> Mode.EXACT;
                default -> throw new BadSearch(key + ": " + name + " takes no modifier but :contains and :exact.");
            };
            for (String value : parameter.getValue()) {
                if (value == null || value.isBlank()) {
                    throw new BadSearch(key + ": give a text to search for.");
                }
                matches.add(new StringMatch(mode, value));
            }
        }
        return matches;
    }

    public boolean test(String text) {
        if (text == null) {
            return false;
        }
        return switch (mode) {
            case EXACT -> text.equals(value);
            case STARTS -> fold(text).startsWith(fold(value));
            case CONTAINS -> fold(text).contains(fold(value));
        };
    }

    /** Without case or accents, as FHIR's default string search compares. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
