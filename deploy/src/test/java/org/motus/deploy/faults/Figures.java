package org.motus.deploy.faults;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a fault scenario's clients saw, counted across their threads: every HTTP attempt, the
 * writes the server acknowledged (2xx), every other answer by status code ({@code io} for no
 * answer at all), and the slowest answer. {@link #report} prints them with what was stored.
 */
final class Figures {

    static final String NO_ANSWER = "io";

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger retryAfterMissing = new AtomicInteger();
    private final AtomicLong slowestMillis = new AtomicLong();

    void answered(int status, long millis, boolean retryAfter, boolean wasReplay) {
        requests.incrementAndGet();
        slowestMillis.accumulateAndGet(millis, Math::max);
        if (status >= 200 && status < 300) {
            acknowledged.incrementAndGet();
            if (wasReplay) {
                replayed.incrementAndGet();
            }
            return;
        }
        errors.computeIfAbsent(String.valueOf(status), key -> new AtomicInteger())
                .incrementAndGet();
        if (status == 503 && !retryAfter) {
            retryAfterMissing.incrementAndGet();
        }
    }

    void noAnswer(long millis) {
        requests.incrementAndGet();
        slowestMillis.accumulateAndGet(millis, Math::max);
        errors.computeIfAbsent(NO_ANSWER, key -> new AtomicInteger()).incrementAndGet();
    }

    int requests() {
        return requests.get();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Errors by status code (and {@code io}), sorted. */
    Map<String, Integer> errors() {
        Map<String, Integer> sorted = new TreeMap<>();
        errors.forEach((code, count) -> sorted.put(code, count.get()));
        return sorted;
    }

    int errorCount(String code) {
        AtomicInteger count = errors.get(code);
        return count == null ? 0 : count.get();
    }

    /** 503 answers without a {@code Retry-After} header. */
    int retryAfterMissing() {
        return retryAfterMissing.get();
    }

    long slowestMillis() {
        return slowestMillis.get();
    }

    /** One line for the test output (and the closing note). */
    String report(String scenario, int writes, int stored, int duplicates) {
        return "[fault-suite] " + scenario + ": writes=" + writes + " requests=" + requests() + " acknowledged="
                + acknowledged() + " (replayed " + replayed.get() + ") stored=" + stored + " duplicates="
                + duplicates + " errors=" + errors() + " slowest=" + slowestMillis() + " ms";
    }
}
