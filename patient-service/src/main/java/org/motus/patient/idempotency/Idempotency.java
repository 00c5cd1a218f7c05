package org.motus.patient.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * docs/architecture.md, "API conventions": writes a browser may retry accept an {@code Idempotency-Key}
 * header; a repeat returns the first result and stores nothing twice. The key is unique per patient
 * in the database; the request's fingerprint tells a true retry from a different request that reuses
 * a key (409).
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on a response that repeats the first result. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Visible ASCII, 1 to 200 characters (a UUID is typical). */
    public static final String KEY_PATTERN = "[\\x21-\\x7E]{1,200}";

    private Idempotency() {
    }

    /** The result of an idempotent write: the stored value and whether this call only repeated it. */
    public record Stored<T>(T value, boolean replayed) {
    }

    /** SHA-256 of the request as JSON: records serialise their fields in declaration order. */
    public static String fingerprint(ObjectMapper json, Object request) {
        try {
            byte[] bytes = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
