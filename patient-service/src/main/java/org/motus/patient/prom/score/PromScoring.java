package org.motus.patient.prom.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores a PROM by its published rule (clinical-rules.md §19), a pure function. Both instruments
 * here score as the mean of 0-10 items, to two decimals (half up); neither manual allows a score
 * with an item missing, so an unanswered item refuses the whole response rather than guessing.
 */
public final class PromScoring {

    /** Lowest and highest item rating of PSFS and PEG-3. */
    public static final int MIN_VALUE = 0;

    public static final int MAX_VALUE = 10;

    private PromScoring() {}

    /** The score of the answers, or {@link Unscorable} with what is wrong. */
    public static BigDecimal score(Instrument instrument, List<ItemAnswer> answers) {
        check(instrument, answers);
        int sum = 0;
        for (ItemAnswer answer : answers) {
            sum += answer.value();
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
    }

    private static void check(Instrument instrument, List<ItemAnswer> answers) {
        int count = answers.size();
        if (count < instrument.minItems() || count > instrument.maxItems()) {
            throw new Unscorable(
                    instrument.minItems() == instrument.maxItems()
                            ? instrument + " has exactly " + instrument.minItems() + " items, not " + count + "."
                            : instrument + " needs " + instrument.minItems() + " to " + instrument.maxItems()
                                    + " items, not " + count + ".");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            ItemAnswer answer = answers.get(i);
            String item = answer.item() == null ? "" : answer.item().strip();
            if (item.isEmpty()) {
                throw new Unscorable("Item " + (i + 1) + " of " + instrument + " has no name.");
            }
            if (!instrument.fixedItems().isEmpty()
                    && !instrument.fixedItems().get(i).equals(item)) {
                throw new Unscorable(instrument + " items are " + instrument.fixedItems() + " in that order; item "
                        + (i + 1) + " is '" + item + "'.");
            }
            if (!seen.add(item.toLowerCase(Locale.ROOT))) {
                throw new Unscorable(instrument + " names '" + item + "' twice.");
            }
            Integer value = answer.value();
            if (value == null) {
                throw new Unscorable(
                        "'" + item + "' is unanswered: " + instrument + " is scored only with every item answered.");
            }
            if (value < MIN_VALUE || value > MAX_VALUE) {
                throw new Unscorable("'" + item + "' is " + value + ": items are rated 0 to 10.");
            }
        }
    }
}
