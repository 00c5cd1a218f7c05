package org.motus.therapist.routine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The word the breathing pacer uses for the still phase between breathing in and out (clinical-rules.md
 * "The three pillars": in 3, hold 2, out 4). Where the exercise's own text (instructions, the
 * mistakes to avoid, contraindications) tells the patient not to hold their breath, the pacer
 * says "pause" instead, so the app never says "hold your breath" next to such an exercise
 * (issue 12 item 10). Pure.
 */
public final class BreathCue {

    public static final String HOLD = "hold";
    public static final String PAUSE = "pause";

    /** "Holding your breath.", "do not hold your breath", "breath-holding", "hold the breath". */
    private static final Pattern BREATH_HOLDING =
            Pattern.compile("(?i)\\bhold(ing)?\\s+(your\\s+|the\\s+)?breath\\b|\\bbreath[-\\s]?hold");

    private BreathCue() {}

    public static String holdLabel(List<String> exerciseTexts) {
        if (exerciseTexts == null) {
            return HOLD;
        }
        return exerciseTexts.stream()
                        .anyMatch(t -> t != null && BREATH_HOLDING.matcher(t).find())
                ? PAUSE
                : HOLD;
    }
}
