package org.motus.patient.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * clinical-rules.md §16 on free text: a note or message that mentions a red flag counts as a "yes" to
 * that question. Patients write "my leg is numb", "both feet went numb", "I've fallen twice", "my
 * heart was racing": a cue is either a phrase, or a symptom and a body part anywhere in the same
 * clause ("numb" with "leg", "chest" with "tight"). Simple negation: a negation among the six words
 * before the symptom in the same clause ("no chest pain", "my leg is not numb", "I don't have a
 * fever") is not a match. Clauses end at . , ; : ! ? a line break, "but" and "and". A missed red flag costs more
 * than a question too many, so the cues lean towards asking.
 */
public final class RedFlagScreen {

    /** "Pins and needles" holds an "and", which ends a clause: it is read as one word first. */
    private static final String PINS_AND_NEEDLES = "pinsandneedles";

    /** "Numb between my legs" is the saddle question, not the leg one. */
    private static final String LOWER_LIMB = "(?<!between my )legs?|foot|feet|toes?|thighs?|calf|calves|shins?";

    private static final String SADDLE_AREA =
            "between my legs|groin|bottom|buttocks?|bum|genitals?|private parts|crotch";
    private static final String NUMB = "numb\\w*|tingl\\w*|" + PINS_AND_NEEDLES
            + "|no feeling|lost feeling|can'?t feel|cannot feel|couldn'?t feel";

    private static final Map<RedFlag, List<Cue>> CUES = Map.of(
            RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL,
                    List.of(
                            Cue.phrase("saddle"),
                            Cue.phrase("bladder"),
                            Cue.phrase("bowels?"),
                            Cue.phrase("incontinen\\w*"),
                            Cue.phrase("(wet|soiled|peed|pooed) (myself|the bed)"),
                            Cue.phrase("(leak\\w*) (urine|pee|wee)"),
                            Cue.phrase(
                                    "(can'?t|cannot|couldn'?t|trouble|problems?|hard to|struggl\\w* to) (pee|wee|urinate)\\w*"),
                            Cue.near(NUMB, SADDLE_AREA)),
            RedFlag.LEG_WEAKNESS_NUMBNESS,
                    List.of(
                            Cue.phrase("foot drop"),
                            Cue.phrase("dragging my (foot|leg)"),
                            Cue.near(NUMB, LOWER_LIMB),
                            Cue.near("weak\\w*|gave way|gives way|give way|giving way|buckl\\w*", LOWER_LIMB)),
            RedFlag.CHEST_SYMPTOMS,
                    List.of(
                            // The neck/shoulder protocol has chest stretches: "the chest stretch felt tight" is not
                            // chest pain.
                            Cue.near(
                                    "pain\\w*|hurt\\w*|aches?|aching|achy|tight\\w*|pressure|squeez\\w*|heavy|heaviness",
                                    "chest(?! (stretch\\w*|opener|press|fly|flies|exercises?))"),
                            Cue.phrase("breathless\\w*"),
                            Cue.phrase("(short|out) of breath"),
                            Cue.phrase("shortness of breath"),
                            Cue.phrase("(can'?t|cannot|couldn'?t|struggl\\w* to|hard to) (breathe|catch my breath)"),
                            Cue.phrase("faint\\w*"),
                            Cue.phrase("(passed|blacked) out"),
                            Cue.phrase("dizz\\w*"),
                            Cue.phrase("palpitation\\w*"),
                            Cue.near("rac\\w*|pound\\w*|flutter\\w*|skipp\\w*|irregular|thump\\w*", "heart\\w*")),
            RedFlag.FEVER_UNWELL,
                    List.of(
                            Cue.phrase("fever\\w*"),
                            Cue.phrase("(high|a|running a) (temperature|temp)"),
                            Cue.phrase("chills"),
                            Cue.phrase("shiver\\w*"),
                            Cue.phrase("night sweats"),
                            Cue.phrase("(feel|feeling|felt|feels) (unwell|ill|poorly)"),
                            Cue.phrase("unwell")),
            RedFlag.UNEXPLAINED_WEIGHT_LOSS,
                    List.of(
                            Cue.phrase("weight loss"),
                            // "Trying to lose weight on my diet" is explained; "losing weight without trying" is not.
                            Cue.near("lost|losing", "weight|kg|kilos?|pounds|lbs|stone")
                                    .unless("diet\\w*|trying to|on purpose|deliberately")),
            RedFlag.NIGHT_PAIN,
                    List.of(
                            Cue.phrase("night pain"),
                            Cue.phrase(
                                    "(pain\\w*|hurts?|hurting|aches?|aching|throbbing) (at|all|every|through the|during the) night"),
                            Cue.phrase("(wakes|woke|waking|wake) me"),
                            Cue.phrase("(keeps|kept|keeping) me (up|awake)"),
                            Cue.phrase("awake all night"),
                            Cue.phrase("(can'?t|cannot|couldn'?t) sleep (because of|for|with) (the )?pain")),
            RedFlag.FALL_OR_INJURY,
                    List.of(
                            Cue.phrase("a fall"),
                            // Not "fell asleep", nor a score that fell: "pain fell to 2".
                            Cue.phrase("(fell|fallen)(?! asleep| to \\d| by \\d| from \\d| below)"),
                            Cue.phrase("(slipped|tripped|stumbled)"),
                            Cue.phrase("injur\\w*"),
                            Cue.phrase("hurt myself"),
                            Cue.phrase("sprain\\w*"),
                            Cue.phrase("twisted my"),
                            Cue.phrase("hit my head")));

    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:!?\\n]|\\bbut\\b|\\band\\b");
    /** "can't control my bladder" is a yes: only these contractions negate. Typed without the apostrophe too. */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(no|not|never|without|nor|none|denies|deny|don'?t|didn'?t|doesn'?t|haven'?t|hasn'?t|isn'?t|wasn'?t|aren'?t|weren'?t)\\b");

    /** A negation counts when it is among the few words before the symptom: "I didn't walk because my leg went numb". */
    private static final int NEGATION_WINDOW_WORDS = 6;

    private RedFlagScreen() {}

    /** The red flags the text mentions without negating them; empty for no text. */
    public static Set<RedFlag> screen(String note) {
        Set<RedFlag> found = EnumSet.noneOf(RedFlag.class);
        String text = note == null
                ? ""
                : note.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("pins and needles", PINS_AND_NEEDLES);
        for (String clause : CLAUSE_END.split(text)) {
            for (Map.Entry<RedFlag, List<Cue>> entry : CUES.entrySet()) {
                for (Cue cue : entry.getValue()) {
                    if (cue.in(clause)) {
                        found.add(entry.getKey());
                    }
                }
            }
        }
        return found;
    }

    /**
     * A symptom (whole words, a regular expression) and, for a pair, a place anywhere in the same
     * clause; never in a clause holding the {@code unless} words. Negation is judged before the
     * symptom's first occurrence.
     */
    record Cue(Pattern symptom, Pattern place, Pattern unless) {

        static Cue phrase(String symptom) {
            return new Cue(words(symptom), null, null);
        }

        static Cue near(String symptom, String place) {
            return new Cue(words(symptom), words(place), null);
        }

        /** The same cue, except in a clause that also says this. */
        Cue unless(String explanation) {
            return new Cue(symptom, place, words(explanation));
        }

        private static Pattern words(String alternatives) {
            return Pattern.compile("\\b(" + alternatives + ")\\b");
        }

        boolean in(String clause) {
            Matcher matcher = symptom.matcher(clause);
            return matcher.find()
                    && (place == null || place.matcher(clause).find())
                    && (unless == null || !unless.matcher(clause).find())
                    && !negated(clause.substring(0, matcher.start()));
        }
    }

    /** A negation among the last {@link #NEGATION_WINDOW_WORDS} words of the text before a symptom. */
    static boolean negated(String before) {
        String[] words = before.trim().split("\\s+");
        int from = Math.max(0, words.length - NEGATION_WINDOW_WORDS);
        String window = String.join(" ", Arrays.copyOfRange(words, from, words.length));
        return NEGATION.matcher(window).find();
    }
}
