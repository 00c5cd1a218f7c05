package org.motus.therapist.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The plan's history in words for the discharge summary: what each published version added,
 * removed or re-dosed against the version before it. Pure; an exercise is the same item across
 * versions when it is the same library exercise.
 */
public final class PlanChanges {

    /** One plan item as published: its exercise, its name and its dosage in words. */
    public record Item(UUID exerciseId, String name, String dosage) {}

    public record Version(int number, LocalDate publishedOn, String changeNote, List<Item> items) {}

    /** @param changed "name: old dosage -> new dosage" for an exercise kept with another dosage */
    public record Change(
            int number,
            LocalDate publishedOn,
            String changeNote,
            int items,
            List<String> added,
            List<String> removed,
            List<String> changed) {}

    private PlanChanges() {}

    /** One change per version, in the order given (oldest first); the first version adds all its items. */
    public static List<Change> history(List<Version> versions) {
        List<Change> changes = new ArrayList<>();
        Map<UUID, Item> before = Map.of();
        for (Version version : versions) {
            Map<UUID, Item> now = byExercise(version.items());
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (Item item : now.values()) {
                Item previous = before.get(item.exerciseId());
                if (previous == null) {
                    added.add(item.name());
                } else if (!Objects.equals(previous.dosage(), item.dosage())) {
                    changed.add(item.name() + ": " + previous.dosage() + " -> " + item.dosage());
                }
            }
            List<String> removed = new ArrayList<>();
            for (Item item : before.values()) {
                if (!now.containsKey(item.exerciseId())) {
                    removed.add(item.name());
                }
            }
            changes.add(new Change(
                    version.number(),
                    version.publishedOn(),
                    version.changeNote(),
                    version.items().size(),
                    List.copyOf(added),
                    List.copyOf(removed),
                    List.copyOf(changed)));
            before = now;
        }
        return changes;
    }

    /** The same exercise twice in one version (two sections) is one entry with both dosages. */
    private static Map<UUID, Item> byExercise(List<Item> items) {
        Map<UUID, Item> map = new LinkedHashMap<>();
        for (Item item : items) {
            map.merge(
                    item.exerciseId(),
                    item,
                    (first, second) ->
                            new Item(first.exerciseId(), first.name(), first.dosage() + "; " + second.dosage()));
        }
        return map;
    }
}
