package org.motus.problem.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of a list that answers a JSON array (ADR 0044): how many rows ({@code limit}, between 1
 * and the list's maximum, its default when absent) and where the previous page stopped
 * ({@code cursor}, the opaque token of {@link TimeCursor}). The rows are ordered by a time and the
 * id, so a page goes on exactly where the last one stopped even while rows are added.
 */
public record PageRequest(int limit, TimeCursor after) {

    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";

    /** The page a request asks for; the service's own 400 ({@code invalid}) for a bad limit or cursor. */
    public static PageRequest parse(
            String limit, String cursor, int defaultLimit, int maxLimit, AuditFilter.Invalid invalid) {
        int size = defaultLimit;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw invalid.of(LIMIT, "must be a whole number from 1 to " + maxLimit);
            }
            if (size < 1 || size > maxLimit) {
                throw invalid.of(LIMIT, "must be a whole number from 1 to " + maxLimit);
            }
        }
        TimeCursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = TimeCursor.decode(cursor)
                    .orElseThrow(() -> invalid.of(CURSOR, "must be the cursor of an earlier page's next link"));
        }
        return new PageRequest(size, after);
    }

    /** The first page of {@code limit} rows (for callers that page a list themselves). */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /**
     * The HQL condition "after the cursor" over the entity's {@code timeField} and {@code id}, in the
     * list's order; {@code "1 = 1"} on the first page, so it can always be and-ed in.
     */
    public String keyset(String timeField, boolean ascending) {
        if (after == null) {
            return "1 = 1";
        }
        String beyond = ascending ? ">" : "<";
        return "(" + timeField + " " + beyond + " :pageAt or (" + timeField + " = :pageAt and id " + beyond
                + " :pageId))";
    }

    /** The parameters {@link #keyset} names (none on the first page), to add to the query's own. */
    public Map<String, Object> parameters(Map<String, Object> own) {
        Map<String, Object> all = new LinkedHashMap<>(own);
        if (after != null) {
            all.put("pageAt", after.at());
            all.put("pageId", after.id());
        }
        return all;
    }

    /** How many rows to read: one more than shown tells whether a next page exists without counting. */
    public int rowsToRead() {
        return limit + 1;
    }

    /** The page from up to {@link #rowsToRead()} rows read in the list's order. */
    public <E> Paged<E> cut(List<E> rows, Function<E, Instant> at, Function<E, UUID> id) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? List.copyOf(rows.subList(0, limit)) : List.copyOf(rows);
        E last = more ? shown.get(shown.size() - 1) : null;
        return new Paged<>(shown, last == null ? null : new TimeCursor(at.apply(last), id.apply(last)).encode());
    }

    /** The rows of one page and the cursor of the next (null on the last page). */
    public record Paged<E>(List<E> items, String next) {
        public <V> Paged<V> map(Function<E, V> view) {
            return new Paged<>(items.stream().map(view).toList(), next);
        }
    }
}
