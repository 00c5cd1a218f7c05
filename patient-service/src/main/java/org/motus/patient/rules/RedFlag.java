package org.motus.patient.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * clinical-rules.md §16: the red-flag questions, one code each. Any "yes" raises an URGENT flag; two of
 * them send the patient to the emergency number, the others to urgent same-day care.
 */
public enum RedFlag {
    SADDLE_NUMBNESS_BLADDER_BOWEL(true, "numbness between the legs or new bladder or bowel trouble"),
    LEG_WEAKNESS_NUMBNESS(false, "new or worsening leg weakness or numbness"),
    CHEST_SYMPTOMS(true, "chest pain, breathlessness, fainting or palpitations"),
    FEVER_UNWELL(false, "fever or feeling unwell with back pain"),
    UNEXPLAINED_WEIGHT_LOSS(false, "unexplained weight loss"),
    NIGHT_PAIN(false, "night pain not eased by rest or position"),
    FALL_OR_INJURY(false, "a fall or injury since the last session");

    private final boolean emergency;
    private final String description;

    RedFlag(boolean emergency, String description) {
        this.emergency = emergency;
        this.description = description;
    }

    /** Codes for a database column, in declaration order, comma-separated; null stays null (not screened). */
    public static String encode(Set<RedFlag> flags) {
        return flags == null ? null : flags.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The codes of {@link #encode}: null for null (not screened), empty for "" (all no). */
    public static Set<RedFlag> decode(String codes) {
        if (codes == null) {
            return null;
        }
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        for (String code : codes.split(",")) {
            if (!code.isEmpty()) {
                flags.add(valueOf(code));
            }
        }
        return flags;
    }

    /** What the patient answered plus what the note mentions; null when neither screened anything. */
    public static Set<RedFlag> answered(Collection<RedFlag> answers, String note) {
        Set<RedFlag> fromNote = RedFlagScreen.screen(note);
        if (answers == null && fromNote.isEmpty()) {
            return null;
        }
        Set<RedFlag> all = EnumSet.noneOf(RedFlag.class);
        if (answers != null) {
            all.addAll(answers);
        }
        all.addAll(fromNote);
        return all;
    }

    /** True when the patient must call the emergency number (chest; saddle, bladder or bowel). */
    public boolean emergency() {
        return emergency;
    }

    /** Plain words for the therapist (flag detail, caseload reasons). */
    public String description() {
        return description;
    }
}
