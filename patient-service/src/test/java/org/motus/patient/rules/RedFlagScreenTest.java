package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedFlagScreenTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Saddle numbness since yesterday | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "I can't control my bladder | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "Numb between my legs | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "My left leg feels weak | LEG_WEAKNESS_NUMBNESS",
                "weakness in my leg | LEG_WEAKNESS_NUMBNESS",
                "Chest pain on the bike | CHEST_SYMPTOMS",
                "I felt faint | CHEST_SYMPTOMS",
                "very breathless | CHEST_SYMPTOMS",
                "palpitations after the walk | CHEST_SYMPTOMS",
                "I have a fever | FEVER_UNWELL",
                "Lost weight without trying | UNEXPLAINED_WEIGHT_LOSS",
                "The pain wakes me every night | NIGHT_PAIN",
                "I fell on the stairs | FALL_OR_INJURY",
                "Had a fall on Monday | FALL_OR_INJURY",
                // What patients really type.
                "Pins and needles down my right leg since Tuesday | LEG_WEAKNESS_NUMBNESS",
                "tingling in my foot after the walk | LEG_WEAKNESS_NUMBNESS",
                "Can’t feel my leg properly | LEG_WEAKNESS_NUMBNESS",
                "I can't pee properly since yesterday | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "wet the bed last night | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "Felt dizzy on the bike | CHEST_SYMPTOMS",
                "heart pounding when walking uphill | CHEST_SYMPTOMS",
                "blacked out for a second | CHEST_SYMPTOMS"
            })
    void aPhraseCountsAsAYes(String note, RedFlag expected) {
        assertEquals(Set.of(expected), RedFlagScreen.screen(note));
    }

    @ParameterizedTest(name = "\"{0}\" -> nothing")
    @ValueSource(
            strings = {
                "no chest pain",
                "No chest pain, no fever",
                "I don't have a fever",
                "I don’t have a fever",
                "never fainted",
                "without any bladder trouble",
                "Felt good today, knee a bit stiff",
                "fall asleep easily", // 'fall' alone is not a fall
                "fellow walkers were kind",
                "chestnut trees in the park",
                "no pins and needles today",
                "not dizzy at all",
                ""
            })
    void negatedOrUnrelatedTextIsNotAMatch(String note) {
        assertEquals(Set.of(), RedFlagScreen.screen(note));
    }

    @Test
    void negationEndsWithTheClause() {
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("No fever but chest pain"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("No fever, chest pain"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("No fever. Chest pain"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("no fever and chest pain"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("no fever; chest pain"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("no fever!chest pain"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("no fever?chest pain"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("no fever:chest pain"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("no fever\nchest pain"));
    }

    @Test
    void onlyANegationBeforeThePhraseCounts() {
        assertTrue(RedFlagScreen.mentions("faint now not before", "faint"));
        assertTrue(RedFlagScreen.mentions("i can't control my bladder", "bladder"));
        assertFalse(RedFlagScreen.mentions("i didn't faint", "faint"));
        assertFalse(RedFlagScreen.mentions("not faint", "faint"));
        assertFalse(RedFlagScreen.mentions("unfaint", "faint"));
    }

    @Test
    void severalFlagsInOneNoteAndNoNote() {
        assertEquals(
                EnumSet.of(RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL, RedFlag.CHEST_SYMPTOMS),
                RedFlagScreen.screen("Bowel trouble since Sunday. Chest pain too"));
        assertEquals(Set.of(), RedFlagScreen.screen(null));
    }

    @Test
    void chestAndSaddleAreEmergenciesTheOthersUrgentCare() {
        for (RedFlag flag : RedFlag.values()) {
            assertEquals(
                    flag == RedFlag.CHEST_SYMPTOMS || flag == RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL, flag.emergency());
            assertFalse(flag.description().isBlank());
        }
    }
}
