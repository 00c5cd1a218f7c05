package org.motus.patient.audit;

import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the audit search stopped: the last row's time and id (rows are ordered by both,
 * newest first), written as an opaque URL-safe token. A token this service did not write is a 400.
 */
record AuditCursor(Instant occurredAt, UUID id) {

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((occurredAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static AuditCursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new AuditCursor(Instant.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new BadRequestException("cursor must be the 'next' of an earlier page.");
        }
    }
}
