package org.motus.therapist.fhir;

import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** A resource with its place in the result order (see {@link Cursor}). Pure. */
record Keyed(Cursor key, Resource resource) {

    /**
     * One page of at most {@code count} resources after the cursor, in key order: the page's last
     * key becomes the next cursor when more follow.
     */
    static Page page(List<Keyed> rows, Cursor after, int count) {
        List<Keyed> sorted = rows.stream()
                .filter(row -> after == null || row.key().compareTo(after) > 0)
                .sorted(Comparator.comparing(Keyed::key))
                .toList();
        if (sorted.size() <= count) {
            return new Page(sorted.stream().map(Keyed::resource).toList(), null);
        }
        List<Keyed> page = sorted.subList(0, count);
        return new Page(
                page.stream().map(Keyed::resource).toList(), page.get(count - 1).key());
    }
}
