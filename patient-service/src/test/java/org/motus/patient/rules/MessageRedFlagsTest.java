package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageRedFlagsTest {

    /** The words of issue 14 item 4 and their neighbours: what the patient writes prompts the questions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "My leg feels numb since yesterday | LEG_WEAKNESS_NUMBNESS",
                "I have trouble with my bladder | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "Some chest pain when I climbed the stairs | CHEST_SYMPTOMS",
                "I fainted after the walk | CHEST_SYMPTOMS",
                "I fell in the garden | FALL_OR_INJURY",
                "There is numbness between my legs | SADDLE_NUMBNESS_BLADDER_BOWEL",
            })
    void aPatientMentioningARedFlagIsAskedTheQuestions(String text, RedFlag expected) {
        assertEquals(Set.of(expected), MessageRedFlags.toAsk(true, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "No chest pain, just a sore knee",
                "The exercises went well today",
                "I don't have a fever",
                "''",
            })
    void aMessageWithoutARedFlagAsksNothing(String text) {
        assertEquals(Set.of(), MessageRedFlags.toAsk(true, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Tell me at once if you get chest pain or bladder trouble", "Did you fall?"})
    void aTherapistsMessageNeverPromptsTheQuestions(String text) {
        assertEquals(Set.of(), MessageRedFlags.toAsk(false, text));
    }
}
