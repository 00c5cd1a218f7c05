package org.motus.patient.prom.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromScoringTest {

    private static List<ItemAnswer> psfs(Integer... values) {
        List<ItemAnswer> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(new ItemAnswer("activity " + (i + 1), values[i]));
        }
        return answers;
    }

    private static List<ItemAnswer> peg(Integer pain, Integer enjoyment, Integer activity) {
        return List.of(
                new ItemAnswer("pain", pain),
                new ItemAnswer("enjoyment", enjoyment),
                new ItemAnswer("activity", activity));
    }

    @Test
    void aPsfsOfThreeActivitiesIsTheMeanOfTheirRatings() {
        // Stratford 1995: the PSFS score is the average of the activity scores
        assertEquals(new BigDecimal("4.00"), PromScoring.score(Instrument.PSFS, psfs(3, 5, 4)));
    }

    @Test
    void aPsfsMeanIsRoundedHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("6.67"), PromScoring.score(Instrument.PSFS, psfs(6, 7, 7)));
        assertEquals(new BigDecimal("3.33"), PromScoring.score(Instrument.PSFS, psfs(3, 3, 4)));
        assertEquals(new BigDecimal("2.50"), PromScoring.score(Instrument.PSFS, psfs(2, 3, 2, 3)));
    }

    @Test
    void aPsfsTakesFiveActivitiesAndRefusesTwoOrSix() {
        assertEquals(new BigDecimal("2.00"), PromScoring.score(Instrument.PSFS, psfs(0, 1, 2, 3, 4)));
        Unscorable two = assertThrows(Unscorable.class, () -> PromScoring.score(Instrument.PSFS, psfs(5, 5)));
        assertEquals("PSFS needs 3 to 5 items, not 2.", two.getMessage());
        assertThrows(Unscorable.class, () -> PromScoring.score(Instrument.PSFS, psfs(5, 5, 5, 5, 5, 5)));
    }

    @Test
    void aPegIsTheMeanOfPainEnjoymentAndActivity() {
        // Krebs 2009: the PEG score is the average of the three items
        assertEquals(new BigDecimal("6.00"), PromScoring.score(Instrument.PEG_3, peg(6, 7, 5)));
        assertEquals(new BigDecimal("5.67"), PromScoring.score(Instrument.PEG_3, peg(5, 6, 6)));
    }

    @Test
    void theRatingsZeroAndTenAreInsideTheScaleAndMinusOneAndElevenAreNot() {
        assertEquals(new BigDecimal("0.00"), PromScoring.score(Instrument.PEG_3, peg(0, 0, 0)));
        assertEquals(new BigDecimal("10.00"), PromScoring.score(Instrument.PEG_3, peg(10, 10, 10)));
        Unscorable low = assertThrows(Unscorable.class, () -> PromScoring.score(Instrument.PEG_3, peg(-1, 0, 0)));
        assertEquals("'pain' is -1: items are rated 0 to 10.", low.getMessage());
        assertThrows(Unscorable.class, () -> PromScoring.score(Instrument.PEG_3, peg(0, 0, 11)));
    }

    @Test
    void anUnansweredItemRefusesTheWholeResponse() {
        Unscorable missing = assertThrows(Unscorable.class, () -> PromScoring.score(Instrument.PEG_3, peg(4, null, 4)));
        assertTrue(missing.getMessage().startsWith("'enjoyment' is unanswered"));
        assertThrows(Unscorable.class, () -> PromScoring.score(Instrument.PSFS, psfs(4, 4, null)));
    }

    @Test
    void aPegHasExactlyItsThreeItemsInOrder() {
        Unscorable two = assertThrows(
                Unscorable.class,
                () -> PromScoring.score(
                        Instrument.PEG_3, List.of(new ItemAnswer("pain", 3), new ItemAnswer("enjoyment", 3))));
        assertEquals("PEG_3 has exactly 3 items, not 2.", two.getMessage());
        Unscorable swapped = assertThrows(
                Unscorable.class,
                () -> PromScoring.score(
                        Instrument.PEG_3,
                        List.of(
                                new ItemAnswer("enjoyment", 3),
                                new ItemAnswer("pain", 3),
                                new ItemAnswer("activity", 3))));
        assertTrue(swapped.getMessage().contains("item 1 is 'enjoyment'"));
    }

    @Test
    void aPsfsActivityNeedsANameAndIsNamedOnlyOnce() {
        Unscorable blank = assertThrows(
                Unscorable.class,
                () -> PromScoring.score(
                        Instrument.PSFS,
                        List.of(new ItemAnswer("stairs", 3), new ItemAnswer("  ", 3), new ItemAnswer("walk", 3))));
        assertEquals("Item 2 of PSFS has no name.", blank.getMessage());
        assertThrows(
                Unscorable.class,
                () -> PromScoring.score(
                        Instrument.PSFS,
                        List.of(new ItemAnswer("stairs", 3), new ItemAnswer(null, 3), new ItemAnswer("walk", 3))));
        Unscorable twice = assertThrows(
                Unscorable.class,
                () -> PromScoring.score(
                        Instrument.PSFS,
                        List.of(new ItemAnswer("Stairs", 3), new ItemAnswer("walk", 3), new ItemAnswer("stairs ", 3))));
        assertEquals("PSFS names 'stairs' twice.", twice.getMessage());
    }

    @Test
    void theInstrumentsSayWhichWayIsBetterAndTheirMcid() {
        assertTrue(Instrument.PSFS.higherIsBetter());
        assertFalse(Instrument.PEG_3.higherIsBetter());
        assertEquals(new BigDecimal("2"), Instrument.PSFS.mcid().orElseThrow());
        assertTrue(Instrument.PEG_3.mcid().isEmpty());
        assertEquals(List.of(), Instrument.PSFS.fixedItems());
        assertEquals(3, Instrument.PEG_3.minItems());
        assertEquals(5, Instrument.PSFS.maxItems());
    }
}
