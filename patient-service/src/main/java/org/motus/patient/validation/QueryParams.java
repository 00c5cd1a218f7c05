package org.motus.patient.validation;

import jakarta.ws.rs.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Query parameters parsed by hand so a bad value answers 400 with a clear detail (JAX-RS would
 * answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    /** The longest time range a list may ask for. */
    public static final Duration MAX_RANGE = Duration.ofDays(366);

    private QueryParams() {}

    public record Range(Instant from, Instant to) {}

    /**
     * {@code from} (inclusive) and {@code to} (exclusive) as ISO-8601 instants; defaults: to = now,
     * from = to minus {@code defaultLength}.
     */
    public static Range range(String from, String to, Duration defaultLength, Instant now) {
        Instant end = blank(to) ? now : instant("to", to);
        Instant start = blank(from) ? end.minus(defaultLength) : instant("from", from);
        if (start.isAfter(end)) {
            throw new BadRequestException("from must not be after to.");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new BadRequestException("The range from..to must not exceed " + MAX_RANGE.toDays() + " days.");
        }
        return new Range(start, end);
    }

    public static Instant instant(String name, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-11-26T09:00:00Z.");
        }
    }

    public static int bounded(String name, String value, int defaultValue, int min, int max) {
        if (blank(value)) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name + " must be a whole number from " + min + " to " + max + ".");
    }

    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type, E defaultValue) {
        if (blank(value)) {
            return defaultValue;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw new BadRequestException(
                name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
