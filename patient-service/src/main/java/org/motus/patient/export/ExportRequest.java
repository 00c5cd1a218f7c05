package org.motus.patient.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.motus.problem.fhir.BadSearch;

/**
 * A kick-off's parameters as the Bulk Data Access IG (v2) defines them, read strictly: {@code Prefer:
 * respond-async} is required, {@code _outputFormat} must name NDJSON, {@code _type} only the types
 * this service exports, {@code _since} a FHIR instant (with a time and an offset). Anything else, the
 * IG's optional parameters this server does not support included, is a 400, so a client never gets
 * more (or less) than it asked for without knowing. Pure.
 */
public record ExportRequest(Set<ExportType> types, Optional<Instant> since, String outputFormat) {

    public static final String NDJSON = "application/fhir+ndjson";
    static final Set<String> FORMATS = Set.of(NDJSON, "application/ndjson", "ndjson");
    private static final Set<String> PARAMETERS = Set.of("_outputFormat", "_type", "_since");
    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    public ExportRequest {
        types = Set.copyOf(types);
    }

    /** The types in the order they are written (ExportType's). */
    public List<ExportType> typesInOrder() {
        return EnumSet.copyOf(types).stream().toList();
    }

    /** @throws BadSearch naming the first thing wrong */
    public static ExportRequest parse(Map<String, List<String>> query, String prefer) {
        if (!respondAsync(prefer)) {
            throw new BadSearch("Prefer: respond-async is required: a bulk export runs asynchronously.");
        }
        List<String> unknown = query.keySet().stream()
                .filter(name -> !PARAMETERS.contains(name))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new BadSearch("Not supported by this server's $export: " + String.join(", ", unknown)
                    + ". It reads _outputFormat, _type and _since.");
        }
        return new ExportRequest(
                types(query.get("_type")), since(query.get("_since")), format(query.get("_outputFormat")));
    }

    static boolean respondAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split("[,;]")) {
            if (preference.trim().toLowerCase(Locale.ROOT).equals("respond-async")) {
                return true;
            }
        }
        return false;
    }

    private static String format(List<String> values) {
        String value = single("_outputFormat", values);
        if (value == null) {
            return NDJSON;
        }
        // A "+" sent unencoded in a query string arrives as a space.
        String format = value.trim().replace(' ', '+');
        if (!FORMATS.contains(format)) {
            throw new BadSearch("_outputFormat=" + value + ": this server writes NDJSON only ("
                    + String.join(", ", FORMATS.stream().sorted().toList()) + ").");
        }
        return format;
    }

    private static Set<ExportType> types(List<String> values) {
        if (values == null) {
            return EnumSet.allOf(ExportType.class);
        }
        Set<ExportType> types = EnumSet.noneOf(ExportType.class);
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                ExportType.ofFhirName(name.trim()).ifPresentOrElse(types::add, () -> unknown.add(name.trim()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadSearch("_type=" + String.join(",", unknown) + ": this server exports "
                    + EnumSet.allOf(ExportType.class).stream()
                            .map(ExportType::fhirName)
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        return types;
    }

    private static Optional<Instant> since(List<String> values) {
        String value = single("_since", values);
        if (value == null) {
            return Optional.empty();
        }
        // "+" in an offset arrives as a space when the client did not encode it.
        String instant = value.trim().replace(' ', '+');
        if (!INSTANT.matcher(instant).matches()) {
            throw new BadSearch(
                    "_since=" + value + ": a FHIR instant, e.g. 2026-12-01T00:00:00Z (a time and an offset).");
        }
        try {
            return Optional.of(OffsetDateTime.parse(instant).toInstant());
        } catch (DateTimeParseException e) {
            throw new BadSearch("_since=" + value + ": no such instant.");
        }
    }

    private static String single(String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadSearch(name + " may be given once.");
        }
        return values.get(0);
    }
}
