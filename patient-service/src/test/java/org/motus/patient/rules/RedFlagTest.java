package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedFlagTest {

    @Test
    void codesRoundTripThroughTheColumn() {
        assertNull(RedFlag.encode(null));
        assertNull(RedFlag.decode(null));
        assertEquals("", RedFlag.encode(Set.of()));
        assertEquals(Set.of(), RedFlag.decode(""));
        assertEquals(
                "SADDLE_NUMBNESS_BLADDER_BOWEL,CHEST_SYMPTOMS",
                RedFlag.encode(EnumSet.of(RedFlag.CHEST_SYMPTOMS, RedFlag.SADDLE_NUMBNESS_BLADDER_BOWEL)));
        assertEquals(
                EnumSet.of(RedFlag.CHEST_SYMPTOMS, RedFlag.FALL_OR_INJURY),
                RedFlag.decode("CHEST_SYMPTOMS,FALL_OR_INJURY"));
        assertEquals(EnumSet.allOf(RedFlag.class), RedFlag.decode(RedFlag.encode(EnumSet.allOf(RedFlag.class))));
        assertThrows(IllegalArgumentException.class, () -> RedFlag.decode("NOPE"));
    }

    @Test
    void answersAndTheNoteTogether() {
        assertNull(RedFlag.answered(null, null));
        assertNull(RedFlag.answered(null, "knee fine"));
        assertEquals(Set.of(), RedFlag.answered(List.of(), "knee fine"));
        assertEquals(Set.of(RedFlag.CHEST_SYMPTOMS), RedFlag.answered(null, "chest pain"));
        assertEquals(
                EnumSet.of(RedFlag.NIGHT_PAIN, RedFlag.CHEST_SYMPTOMS),
                RedFlag.answered(List.of(RedFlag.NIGHT_PAIN), "chest pain"));
        assertEquals(Set.of(RedFlag.NIGHT_PAIN), RedFlag.answered(List.of(RedFlag.NIGHT_PAIN), null));
    }
}
