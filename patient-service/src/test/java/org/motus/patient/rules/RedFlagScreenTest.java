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
                "blacked out for a second | CHEST_SYMPTOMS",
                // Symptom and body part apart, typed as people type.
                "my leg is numb | LEG_WEAKNESS_NUMBNESS",
                "both feet went numb after the walk | LEG_WEAKNESS_NUMBNESS",
                "my left leg keeps giving way on the stairs | LEG_WEAKNESS_NUMBNESS",
                "toes tingling since yesterday | LEG_WEAKNESS_NUMBNESS",
                "cant feel my toes | LEG_WEAKNESS_NUMBNESS",
                "My right thigh has gone weak | LEG_WEAKNESS_NUMBNESS",
                "I didn't do the walk because my leg felt numb | LEG_WEAKNESS_NUMBNESS",
                "numbness in my groin | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "leaking urine when I cough | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "I peed myself on the way to the toilet | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "struggling to pee this morning | SADDLE_NUMBNESS_BLADDER_BOWEL",
                "my heart was racing on the bike | CHEST_SYMPTOMS",
                "chest felt tight going up the hill | CHEST_SYMPTOMS",
                "a heavy feeling in my chest | CHEST_SYMPTOMS",
                "couldn't catch my breath | CHEST_SYMPTOMS",
                "out of breath after two minutes | CHEST_SYMPTOMS",
                "felt unwell all day | FEVER_UNWELL",
                "running a temperature since Sunday | FEVER_UNWELL",
                "night sweats again | FEVER_UNWELL",
                "lost 6 kg since September | UNEXPLAINED_WEIGHT_LOSS",
                "I keep losing weight without trying | UNEXPLAINED_WEIGHT_LOSS",
                "the pain keeps me awake | NIGHT_PAIN",
                "it hurts all night whatever position I lie in | NIGHT_PAIN",
                "couldn't sleep because of the pain | NIGHT_PAIN",
                "I've fallen twice this week | FALL_OR_INJURY",
                "fell off my bike | FALL_OR_INJURY",
                "slipped on the ice yesterday | FALL_OR_INJURY",
                "twisted my ankle on the stairs | FALL_OR_INJURY",
                "I fell to the floor in the kitchen | FALL_OR_INJURY"
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
                "my leg is not numb any more",
                "I dont have a fever",
                "I haven't had any problems with my bladder",
                "I fell asleep after the stretches",
                "pain fell to 2 after the walk",
                "pain has fallen to 3 this week",
                "the chest stretch felt tight",
                "Trying to lose weight with my diet",
                "lost my keys again",
                "my pain is falling steadily",
                "The reminders keep me motivated",
                "heart rate 120 on the bike felt fine",
                "cant wait for the next visit",
                "achieved all my sessions last night",
                "legs tired after the walk",
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
    void onlyANegationBeforeTheSymptomCounts() {
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlagScreen.screen("faint now not before"));
        assertEquals(Set.of(RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL), RedFlagScreen.screen("i can't control my bladder"));
        assertEquals(Set.of(), RedFlagScreen.screen("i didn't faint"));
        assertEquals(Set.of(), RedFlagScreen.screen("unfaint"));
    }

    @Test
    void aNegationCountsOnlyAmongTheSixWordsBeforeTheSymptom() {
        assertTrue(RedFlagScreen.negated("no"));
        assertTrue(RedFlagScreen.negated("i haven't had any problems with my "));
        assertFalse(RedFlagScreen.negated("i didn't do the walk because my leg felt "));
        assertFalse(RedFlagScreen.negated(""));
        assertFalse(RedFlagScreen.negated("nothing unusual "));
    }

    @Test
    void aCueIsAPhraseOrASymptomNearAPlaceUnlessExplained() {
        assertTrue(RedFlagScreen.Cue.phrase("faint\\w*").in("i fainted"));
        assertFalse(RedFlagScreen.Cue.phrase("faint").in("fainted"));
        assertTrue(RedFlagScreen.Cue.near("numb", "legs?").in("numb legs"));
        assertFalse(RedFlagScreen.Cue.near("numb", "legs?").in("numb hands"));
        assertTrue(RedFlagScreen.Cue.near("lost", "kg").unless("diet").in("lost 3 kg"));
        assertFalse(RedFlagScreen.Cue.near("lost", "kg").unless("diet").in("lost 3 kg on my diet"));
    }

    @Test
    void numbBetweenTheLegsIsTheSaddleQuestionOnly() {
        assertEquals(Set.of(RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL), RedFlagScreen.screen("numb between my legs"));
        assertEquals(
                EnumSet.of(RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL, RedFlag.LEG_WEAKNESS_NUMBNESS),
                RedFlagScreen.screen("numb between my legs, my left leg is weak too"));
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
