package org.motus.patient.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * clinical-rules.md §16 on free text: a note that mentions a red flag counts as a "yes" to that
 * question. Phrase matching with simple negation: a phrase preceded in the same clause by a
 * negation ("no chest pain", "I don't have a fever", "without bladder trouble") is not a match.
 * Clauses end at . , ; : ! ? a line break, "but" and "and".
 */
public final class RedFlagScreen {

    /** "Pins and needles" holds an "and", which ends a clause: it is read as one word first. */
    private static final String PINS_AND_NEEDLES = "pinsandneedles";

    private static final Map<RedFlag, List<String>> PHRASES = Map.of(
            RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL,
                    List.of(
                            "saddle",
                            "numb between",
                            "numbness between",
                            "numb around my bottom",
                            "numbness around my bottom",
                            "bladder",
                            "bowel",
                            "incontinen",
                            "wet myself",
                            "wet the bed",
                            "soiled myself",
                            "can't pee",
                            "cannot pee",
                            "can't urinate",
                            "cannot urinate",
                            "trouble peeing"),
            RedFlag.LEG_WEAKNESS_NUMBNESS,
                    List.of(
                            "leg weak",
                            "leg feels weak",
                            "legs feel weak",
                            "weak leg",
                            "weakness in my leg",
                            "leg numb",
                            "leg feels numb",
                            "numb leg",
                            "numbness in my leg",
                            "leg gave way",
                            "leg gives way",
                            "foot drop",
                            "can't feel my leg",
                            "can't feel my foot",
                            "tingling in my leg",
                            "tingling in my foot",
                            "tingling down my leg",
                            PINS_AND_NEEDLES),
            RedFlag.CHEST_SYMPTOMS,
                    List.of(
                            "chest pain",
                            "chest tight",
                            "pain in my chest",
                            "breathless",
                            "short of breath",
                            "shortness of breath",
                            "faint",
                            "passed out",
                            "blacked out",
                            "dizzy",
                            "palpitation",
                            "heart racing",
                            "heart pounding"),
            RedFlag.FEVER_UNWELL, List.of("fever", "feverish", "high temperature", "chills"),
            RedFlag.UNEXPLAINED_WEIGHT_LOSS, List.of("weight loss", "lost weight", "losing weight"),
            RedFlag.NIGHT_PAIN, List.of("night pain", "pain at night", "wakes me", "woke me", "waking me"),
            RedFlag.FALL_OR_INJURY,
                    List.of("a fall", "i fell", "fell over", "fell down", "tripped", "injured", "injury"));

    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:!?\\n]|\\bbut\\b|\\band\\b");
    /** "can't control my bladder" is a yes: only these contractions negate. */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(no|not|never|without|nor|none|denies|deny|don't|didn't|doesn't|haven't|hasn't|isn't|wasn't|aren't)\\b");

    private RedFlagScreen() {}

    /** The red flags the note mentions without negating them; empty for no note. */
    public static Set<RedFlag> screen(String note) {
        Set<RedFlag> found = EnumSet.noneOf(RedFlag.class);
        String text = note == null
                ? ""
                : note.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("pins and needles", PINS_AND_NEEDLES);
        for (String clause : CLAUSE_END.split(text)) {
            for (Map.Entry<RedFlag, List<String>> entry : PHRASES.entrySet()) {
                for (String phrase : entry.getValue()) {
                    if (mentions(clause, phrase)) {
                        found.add(entry.getKey());
                    }
                }
            }
        }
        return found;
    }

    /**
     * The phrase starts at a word boundary in the clause and no negation comes before its first
     * occurrence (a negation before the first one comes before every later one too).
     */
    static boolean mentions(String clause, String phrase) {
        Matcher matcher = Pattern.compile("\\b" + Pattern.quote(phrase)).matcher(clause);
        return matcher.find()
                && !NEGATION.matcher(clause.substring(0, matcher.start())).find();
    }
}
