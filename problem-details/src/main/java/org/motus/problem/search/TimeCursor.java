package org.motus.problem.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a newest-first search stopped: the last row's time and id (rows are ordered by
 * both), written as an opaque URL-safe token for the page's {@code next}.
 */
public record TimeCursor(Instant at, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names, or empty when it is not one this code wrote (the caller answers 400). */
    public static Optional<TimeCursor> decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return Optional.of(
                    new TimeCursor(Instant.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
