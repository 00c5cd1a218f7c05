package org.motus.therapist.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motus.therapist.dosage.Finding;
import org.motus.therapist.dosage.ItemType;

/**
 * clinical-rules.md §15: a strength load more than 10 % above the previous published version's load
 * for the same item needs an explicit reason to publish (rule 5 covers progression's own
 * suggestions; this covers hand edits). Exactly 10 % needs none. Items are matched by exercise:
 * the n-th item of an exercise in the draft with the n-th item of the same exercise in the
 * previous version (a plan rarely holds one exercise twice; when it does, order decides). A load
 * where there was none (body weight or a band before) has no percentage and needs no reason. Pure.
 */
public final class LoadChange {

    /** clinical-rules.md §15: more than this above the previous published load needs a reason. */
    public static final BigDecimal MAX_INCREASE_WITHOUT_REASON_PERCENT = new BigDecimal("10");

    public static final String CODE = "LOAD_INCREASE_NEEDS_REASON";

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private LoadChange() {}

    /** One item as the rule sees it. */
    public record Item(UUID exerciseId, ItemType type, BigDecimal loadKg) {}

    /** True when {@code nextKg} is more than 10 % above {@code previousKg}. */
    public static boolean needsReason(BigDecimal previousKg, BigDecimal nextKg) {
        if (previousKg == null || nextKg == null || previousKg.signum() <= 0) {
            return false;
        }
        // next > previous x 1.10, in exact decimals: next x 100 > previous x 110
        return nextKg.multiply(HUNDRED).compareTo(previousKg.multiply(HUNDRED.add(MAX_INCREASE_WITHOUT_REASON_PERCENT)))
                > 0;
    }

    /** The rise in %, two decimals (rounded half up), for the message. */
    public static BigDecimal percent(BigDecimal previousKg, BigDecimal nextKg) {
        return nextKg.subtract(previousKg).multiply(HUNDRED).divide(previousKg, 2, RoundingMode.HALF_UP);
    }

    /**
     * For each strength item of {@code draft} whose load rises more than 10 % over its match in
     * {@code previous}: a WARNING finding on {@code items[i].dosage.loadKg} with code {@link #CODE}.
     */
    public static List<Finding> check(List<Item> previous, List<Item> draft) {
        Map<UUID, List<Item>> before = new HashMap<>();
        for (Item item : previous) {
            before.computeIfAbsent(item.exerciseId(), id -> new ArrayList<>()).add(item);
        }
        Map<UUID, Integer> seen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            Item item = draft.get(i);
            int occurrence = seen.merge(item.exerciseId(), 1, Integer::sum) - 1;
            List<Item> candidates = before.getOrDefault(item.exerciseId(), List.of());
            if (item.type() != ItemType.STRENGTH || occurrence >= candidates.size()) {
                continue;
            }
            BigDecimal was = candidates.get(occurrence).loadKg();
            if (needsReason(was, item.loadKg())) {
                findings.add(new Finding(
                        "items[" + i + "].dosage.loadKg",
                        Finding.Severity.WARNING,
                        CODE,
                        "the load rises from " + kg(was) + " kg to " + kg(item.loadKg()) + " kg (+"
                                + percent(was, item.loadKg())
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + " %), more than " + MAX_INCREASE_WITHOUT_REASON_PERCENT
                                + " % above the previous published version:"
                                + " publishing needs a reason (clinical-rules.md §15)"));
            }
        }
        return findings;
    }

    private static String kg(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
