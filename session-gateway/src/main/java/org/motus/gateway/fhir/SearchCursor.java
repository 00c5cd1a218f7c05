package org.motus.gateway.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.motus.gateway.visit.VisitQuery;
import org.motus.problem.fhir.BadSearch;

/**
 * The {@code _cursor} of a search's {@code next} link: the last result's key (scheduled start, id).
 * The next page starts after it (keyset paging), so visits booked meanwhile never shift a page:
 * nothing is shown twice or skipped. Opaque to clients (base64url). Pure.
 */
final class SearchCursor {

    static final String PARAMETER = "_cursor";

    private SearchCursor() {}

    static String encode(VisitQuery.Key key) {
        String text = key.start() + "|" + key.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws BadSearch for anything this server did not write */
    static VisitQuery.Key decode(String token) {
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            return new VisitQuery.Key(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadSearch(PARAMETER + ": not a cursor this server gave (follow the next link as it is).");
        }
    }
}
