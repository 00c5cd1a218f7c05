package org.motus.patient.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.motus.problem.Conflict;

/**
 * docs/architecture.md, "API conventions": writes a browser may retry accept an {@code Idempotency-Key}
 * header; a repeat returns the first result and stores nothing twice. The one component every such
 * write goes through (check-ins, exercise logs). The key is unique per patient in the table that
 * stores the write; the request's fingerprint tells a true retry from a different request that
 * reuses a key (409). Runs inside the caller's transaction.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on a response that repeats the first result. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** Names the earlier write an identical one within {@link #DUPLICATE_WINDOW} was answered with (issue 19). */
    public static final String DUPLICATE_OF_HEADER = "Duplicate-Of";

    /** The same check-in or session sent again within this long, under any key or none, is the first one. */
    public static final java.time.Duration DUPLICATE_WINDOW = java.time.Duration.ofMinutes(1);
    /** Visible ASCII, 1 to 200 characters (a UUID is typical); anchored for the OpenAPI document. */
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]{1,200}$";

    /**
     * The key a request sent: the {@code Idempotency-Key} header as the resource read it, or null
     * when the request sent none. A header that is present but empty reaches the resource as null;
     * it is refused here (400) instead of being taken as "no key".
     */
    public static String keyOf(String parsed, HttpHeaders headers) {
        if (parsed == null && headers.getRequestHeaders().containsKey(HEADER)) {
            throw new BadRequestException(HEADER + " must be 1 to 200 visible ASCII characters when it is sent.");
        }
        return parsed;
    }

    /** The result of an idempotent write: the stored value and whether this call only repeated it. */
    public record Stored<T>(T value, boolean replayed) {}

    /** A write stored earlier under the same key: its fingerprint and how to show it again. */
    public record Earlier<T>(String fingerprint, Supplier<T> view) {}

    private final ObjectMapper json;

    public Idempotency(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Writes once per key. Without a key, {@code insert} runs (with a null fingerprint). With one,
     * an earlier write under the key is repeated (or refused when the request differs); otherwise
     * {@code insert} runs with the request's fingerprint and returns empty when a concurrent
     * request with the same key committed first (its insert yielded on the unique key), whose
     * result is then the answer.
     *
     * @param what     what is written, for the conflict's detail ("check-in")
     * @param earlier  finds the write stored under a key
     * @param insert   stores the write with the given fingerprint, or yields (empty) to an existing key
     */
    public <T> Stored<T> write(
            String key,
            Object request,
            String what,
            Function<String, Optional<Earlier<T>>> earlier,
            Function<String, Optional<T>> insert) {
        if (key == null) {
            return new Stored<>(insert.apply(null).orElseThrow(), false);
        }
        String fingerprint = fingerprint(request);
        return repeat(key, fingerprint, what, earlier).orElseGet(() -> insert(key, fingerprint, what, earlier, insert));
    }

    /**
     * The write stored earlier under {@code key}, repeated ({@link Stored#replayed()}), or refused (409)
     * when {@code fingerprint} differs from its request's; empty without a key or without an earlier
     * write. Reads only, so a caller may ask before it takes any lock.
     *
     * @param fingerprint the request's {@link #fingerprint(Object)}
     */
    public <T> Optional<Stored<T>> repeat(
            String key, String fingerprint, String what, Function<String, Optional<Earlier<T>>> earlier) {
        if (key == null) {
            return Optional.empty();
        }
        return earlier.apply(key).map(stored -> replay(stored, fingerprint, what));
    }

    /**
     * Stores a write that {@link #repeat} did not find: {@code insert} runs with the fingerprint (null
     * without a key, as the tables' checks want); when it yields (empty) because a concurrent request
     * with the same key committed first, that one's result is the answer.
     *
     * @param fingerprint the request's {@link #fingerprint(Object)}, computed once by the caller
     */
    public <T> Stored<T> insert(
            String key,
            String fingerprint,
            String what,
            Function<String, Optional<Earlier<T>>> earlier,
            Function<String, Optional<T>> insert) {
        if (key == null) {
            return new Stored<>(insert.apply(null).orElseThrow(), false);
        }
        Optional<T> written = insert.apply(fingerprint);
        if (written.isPresent()) {
            return new Stored<>(written.get(), false);
        }
        return replay(earlier.apply(key).orElseThrow(), fingerprint, what);
    }

    private static <T> Stored<T> replay(Earlier<T> earlier, String fingerprint, String what) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new Conflict("This Idempotency-Key was already used for a different " + what + ".");
        }
        return new Stored<>(earlier.view().get(), true);
    }

    /** SHA-256 of the request as JSON: records serialise their fields in declaration order. */
    public String fingerprint(Object request) {
        try {
            byte[] bytes = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
