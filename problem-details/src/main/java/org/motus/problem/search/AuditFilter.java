package org.motus.problem.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an admin searches an audit trail by (ADR 0029), every part optional, with the cursor of the
 * page to go on from: the query every service's audit search takes. Parsed by hand, so a bad value is
 * a 400 with a clear message; each service says how its 400 looks through {@link Invalid}.
 */
public record AuditFilter(UUID patientId, String actor, String action, Instant from, Instant to, TimeCursor after) {

    private static final Pattern SUBJECT = Pattern.compile("^[A-Za-z0-9._@:-]{1,255}$");
    private static final Pattern ACTION = Pattern.compile("^[A-Z][A-Z_]{0,63}$");

    /** Makes the service's own 400 for a query parameter and what is wrong with it. */
    @FunctionalInterface
    public interface Invalid {
        RuntimeException of(String parameter, String problem);
    }

    public static AuditFilter parse(
            String patientId, String actor, String action, String from, String to, String cursor, Invalid invalid) {
        Instant start = blank(from) ? null : instant("from", from, invalid);
        Instant end = blank(to) ? null : instant("to", to, invalid);
        if (start != null && end != null && !start.isBefore(end)) {
            throw invalid.of("from", "must be before 'to'");
        }
        return new AuditFilter(
                blank(patientId) ? null : uuid("patientId", patientId, invalid),
                checked("actor", actor, SUBJECT, "a Keycloak subject", invalid),
                checked("action", action, ACTION, "an action name in capitals, such as READ_RECORD", invalid),
                start,
                end,
                blank(cursor)
                        ? null
                        : TimeCursor.decode(cursor)
                                .orElseThrow(() -> invalid.of("cursor", "must be the 'next' of an earlier page")));
    }

    /** The newest-first query over an audit entity with these filters (its fields patientId, actorSubject, action). */
    public NewestFirst query() {
        return new NewestFirst()
                .equal("patientId", patientId)
                .equal("actorSubject", actor)
                .equal("action", action)
                .between(from, to)
                .after(after);
    }

    private static UUID uuid(String name, String value, Invalid invalid) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid.of(name, "must be a UUID");
        }
    }

    private static Instant instant(String name, String value, Invalid invalid) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid.of(name, "must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z");
        }
    }

    private static String checked(String name, String value, Pattern pattern, String what, Invalid invalid) {
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (!pattern.matcher(stripped).matches()) {
            throw invalid.of(name, "must be " + what);
        }
        return stripped;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
