package org.motus.patient.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One type's NDJSON cut into parts of at most {@code maxResources} lines, so a file (and what the
 * worker holds in memory) stays bounded however many check-ins a clinic has. Pure.
 */
final class PartBuffer {

    /** A finished part: its lines, newline-terminated, and how many. */
    record Part(int count, byte[] ndjson) {}

    private final int maxResources;
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();
    private int count;

    PartBuffer(int maxResources) {
        if (maxResources < 1) {
            throw new IllegalArgumentException("a part holds at least one resource");
        }
        this.maxResources = maxResources;
    }

    /** Adds one resource's JSON (one line); answers the part it completed, if it did. */
    Optional<Part> add(String json) {
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an NDJSON line holds no line break");
        }
        lines.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        lines.write('\n');
        count++;
        return count == maxResources ? Optional.of(take()) : Optional.empty();
    }

    /** The last, partly filled part; none when nothing is left. */
    Optional<Part> finish() {
        return count == 0 ? Optional.empty() : Optional.of(take());
    }

    private Part take() {
        Part part = new Part(count, lines.toByteArray());
        lines.reset();
        count = 0;
        return part;
    }
}
