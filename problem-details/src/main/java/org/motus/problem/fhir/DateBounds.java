package org.motus.problem.fhir;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code date} search parameter (FHIR R4 search, "date" type) as a half-open range of
 * instants: {@code from} inclusive, {@code to} exclusive, either open. Each value is a prefix
 * ({@code ge}, {@code le}, {@code gt}, {@code lt}, or none for equal) and a day ({@code 2026-12-01},
 * a UTC day) or an instant with its offset ({@code 2026-12-01T08:00:00Z}). A day covers all of it:
 * {@code le2026-12-01} includes that day's evening, {@code gt2026-12-01} starts the day after.
 * An instant is its microsecond (what PostgreSQL stores). Pure; several values narrow the range together.
 * Shared by every service that serves FHIR, so all of them read a date alike.
 */
public record DateBounds(Instant from, Instant to) {

    private static final Pattern VALUE = Pattern.compile("^(ge|le|gt|lt|eq)?(\\d{4}-\\d{2}-\\d{2})(T.+)?$");

    public static final DateBounds ALL = new DateBounds(null, null);

    /** @throws BadSearch naming the value that is not a date this server reads */
    public static DateBounds parse(List<String> values) {
        DateBounds bounds = ALL;
        for (String value : values) {
            bounds = bounds.and(one(value));
        }
        return bounds;
    }

    private static DateBounds one(String value) {
        Matcher m = VALUE.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new BadSearch("date=" + value + ": use eq, ge, le, gt or lt and a day (2026-12-01) or an instant"
                    + " with its offset (2026-12-01T08:00:00Z).");
        }
        String prefix = m.group(1) == null ? "eq" : m.group(1);
        Instant start;
        Instant end; // exclusive end of the value's own range
        try {
            if (m.group(3) == null) {
                LocalDate day = LocalDate.parse(m.group(2));
                start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                start = OffsetDateTime.parse(m.group(2) + m.group(3)).toInstant();
                end = start.plusNanos(1_000); // PostgreSQL keeps microseconds
            }
        } catch (DateTimeException e) {
            throw new BadSearch("date=" + value + ": not a day or an instant with its offset.");
        }
        return switch (prefix) {
            case "ge" -> new DateBounds(start, null);
            case "gt" -> new DateBounds(end, null);
            case "le" -> new DateBounds(null, end);
            case "lt" -> new DateBounds(null, start);
            default -> new DateBounds(start, end);
        };
    }

    /** Both ranges at once: the later start, the earlier end. */
    public DateBounds and(DateBounds other) {
        Instant lower = from == null ? other.from : other.from == null ? from : max(from, other.from);
        Instant upper = to == null ? other.to : other.to == null ? to : min(to, other.to);
        return new DateBounds(lower, upper);
    }

    /** Whether an instant falls in the range. */
    public boolean contains(Instant at) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    /** The range's start, or the earliest instant PostgreSQL stores when it has none. */
    public Instant fromOrMin() {
        return from == null ? Instant.parse("0001-01-01T00:00:00Z") : from;
    }

    /** The range's end, or a far future when it has none. */
    public Instant toOrMax() {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
