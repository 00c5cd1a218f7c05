package org.motus.therapist.dosage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * clinical-rules.md §20: contraindications stored with an exercise are matched against the patient's
 * conditions when the exercise is in a plan; a match is a WARNING for the therapist (they may
 * still prescribe it, knowing), naming the condition and the exercise's own contraindication
 * text. Pure.
 */
public final class Contraindications {

    public static final String CODE = "CONTRAINDICATED_FOR_CONDITION";

    private Contraindications() {}

    /** What the rule needs of one plan item's exercise. */
    public record Listed(String exerciseName, Set<Condition> conditions, List<String> texts) {
        public Listed {
            conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
            texts = texts == null ? List.of() : List.copyOf(texts);
        }
    }

    /** One warning per item and matching condition, on {@code items[i].exerciseId}, conditions in enum order. */
    public static List<Finding> check(List<Listed> items, Set<Condition> patientConditions) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Listed item = items.get(i);
            for (Condition condition : Condition.values()) {
                if (item.conditions().contains(condition) && patientConditions.contains(condition)) {
                    findings.add(new Finding(
                            "items[" + i + "].exerciseId",
                            Finding.Severity.WARNING,
                            CODE,
                            item.exerciseName() + " is contraindicated for " + condition.name() + " ("
                                    + label(condition) + "), one of the patient's conditions"
                                    + (item.texts().isEmpty() ? "" : ": " + String.join(" ", item.texts()))));
                }
            }
        }
        return findings;
    }

    /** The condition in plain words. */
    public static String label(Condition condition) {
        return switch (condition) {
            case LOW_BACK -> "low back pain";
            case NECK_SHOULDER -> "neck and shoulder pain";
            case KNEE_OA -> "knee osteoarthritis";
            case HIP_OA -> "hip osteoarthritis";
            case SCIATICA -> "sciatica";
            case FIBROMYALGIA -> "fibromyalgia / chronic widespread pain";
            case OTHER -> "another condition";
        };
    }
}
