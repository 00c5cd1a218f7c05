package org.motus.patient.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * clinical-rules.md §16 in a message: when the patient writes about a red flag ("my leg feels numb",
 * "I fainted", "trouble with my bladder"), the app asks the red-flag questions at once instead of
 * waiting for the therapist to read it. The words are {@link RedFlagScreen}'s, the one list the
 * service has (a check-in note is screened with the same list); negation works the same way ("no
 * chest pain" asks nothing). A therapist's message never prompts: the questions are the patient's.
 */
public final class MessageRedFlags {

    private MessageRedFlags() {}

    /** The red flags a message mentions that the patient should be asked about; empty when none. */
    public static Set<RedFlag> toAsk(boolean writtenByThePatient, String text) {
        if (!writtenByThePatient) {
            return EnumSet.noneOf(RedFlag.class);
        }
        return RedFlagScreen.screen(text);
    }
}
