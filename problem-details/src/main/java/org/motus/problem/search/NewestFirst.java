package org.motus.problem.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A keyset-paged, newest-first search over an entity with {@code occurredAt} and {@code id} (the
 * audit trails of the three services, ADR 0029): the HQL text and named parameters to hand to
 * Panache's {@code find(query, parameters)}, and the page cut from the rows it found. Asking for
 * {@code limit + 1} rows tells whether a next page exists without counting.
 */
public final class NewestFirst {

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Only rows whose {@code field} equals {@code value}; nothing when the value is null. */
    public NewestFirst equal(String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.put(field, value);
        }
        return this;
    }

    /**
     * Only rows whose {@code field} is one of {@code values} (a search's "or"); nothing when null,
     * no row at all when empty.
     */
    public NewestFirst in(String field, java.util.Collection<?> values) {
        if (values != null) {
            if (values.isEmpty()) {
                where.add("1 = 0");
            } else {
                where.add(field + " in :" + field);
                parameters.put(field, List.copyOf(values));
            }
        }
        return this;
    }

    /** Only rows at or after {@code from} and before {@code to}; an open side when null. */
    public NewestFirst between(Instant from, Instant to) {
        if (from != null) {
            where.add("occurredAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.add("occurredAt < :to");
            parameters.put("to", to);
        }
        return this;
    }

    /** Only rows after (older than) where the previous page stopped. */
    public NewestFirst after(TimeCursor cursor) {
        if (cursor != null) {
            where.add("(occurredAt < :afterAt or (occurredAt = :afterAt and id < :afterId))");
            parameters.put("afterAt", cursor.at());
            parameters.put("afterId", cursor.id());
        }
        return this;
    }

    /** The HQL text: the conditions, then newest first with the id breaking ties. */
    public String hql() {
        return (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by occurredAt desc, id desc";
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /**
     * The page from up to {@code limit + 1} rows read in this order: at most {@code limit} items and,
     * when a row was left over, the cursor of the last item shown.
     */
    public static <E> Page<E> page(List<E> rows, int limit, Function<E, TimeCursor> key) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? List.copyOf(rows.subList(0, limit)) : List.copyOf(rows);
        return new Page<>(shown, more ? key.apply(shown.get(shown.size() - 1)).encode() : null);
    }

    /** The rows of one page and the token of the next (null on the last). */
    public record Page<E>(List<E> items, String next) {}
}
