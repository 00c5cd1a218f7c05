package org.motus.patient.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.UUID;
import org.motus.problem.fhir.BadSearch;

/**
 * Where a page of search results ended, given to the client in the {@code next} link: the last
 * result's time, the rank of the table it came from and its row id. Results are ordered by that key,
 * and the next page starts after it (keyset paging), so rows stored meanwhile never shift a page:
 * nothing is shown twice or skipped. Opaque to clients (base64url).
 */
public record Cursor(Instant at, int rank, UUID id) implements Comparable<Cursor> {

    /** The key order: time, then table, then id compared as text (as PostgreSQL orders uuid). */
    public static final Comparator<Cursor> ORDER =
            Comparator.comparing(Cursor::at).thenComparingInt(Cursor::rank).thenComparing(c -> c.id().toString());

    @Override
    public int compareTo(Cursor other) {
        return ORDER.compare(this, other);
    }

    public String encode() {
        String text = at + "|" + rank + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws BadSearch for anything this server did not write */
    public static Cursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            return new Cursor(Instant.parse(parts[0]), Integer.parseInt(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadSearch("_cursor: not a cursor this server gave (follow the next link as it is).");
        }
    }
}
