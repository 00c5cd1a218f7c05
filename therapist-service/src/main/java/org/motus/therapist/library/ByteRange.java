package org.motus.therapist.library;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP byte range ({@code Range: bytes=start-end}), which browsers use to seek in videos
 * (RFC 9110 section 14). Multiple ranges and other units are ignored: the whole content is sent.
 */
public record ByteRange(long start, long endInclusive) {

    private static final Pattern SINGLE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    public long length() {
        return endInclusive - start + 1;
    }

    public String contentRange(long total) {
        return "bytes " + start + "-" + endInclusive + "/" + total;
    }

    /** Result of reading a Range header against content of {@code total} bytes. */
    public sealed interface Request permits Whole, Part, Unsatisfiable {}

    public record Whole() implements Request {}

    public record Part(ByteRange range) implements Request {}

    public record Unsatisfiable() implements Request {}

    public static Request parse(String header, long total) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<Long> first = number(m.group(1));
        Optional<Long> last = number(m.group(2));
        if (m.group(1).isEmpty()) { // suffix: the last N bytes
            long n = last.orElse(0L);
            if (n == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, total - n), total - 1));
        }
        if (first.isEmpty()) {
            return new Whole();
        }
        long start = first.get();
        if (start >= total) {
            return new Unsatisfiable();
        }
        long end = last.map(l -> Math.min(l, total - 1)).orElse(total - 1);
        if (end < start) {
            return new Whole();
        }
        return new Part(new ByteRange(start, end));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
