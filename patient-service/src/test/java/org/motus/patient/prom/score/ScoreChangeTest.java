package org.motus.patient.prom.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.motus.patient.prom.score.ScoreChange.Meaning;

class ScoreChangeTest {

    private static ScoreChange psfs(String baseline, String latest) {
        return ScoreChange.between(Instrument.PSFS, new BigDecimal(baseline), new BigDecimal(latest));
    }

    @Test
    void aPsfsRiseOfExactlyTwoPointsIsAMeaningfulImprovement() {
        ScoreChange change = psfs("3.00", "5.00");
        assertEquals(new BigDecimal("2.00"), change.change());
        assertEquals(Meaning.IMPROVED, change.meaning());
    }

    @Test
    void aPsfsRiseJustUnderTwoPointsIsNotMeaningful() {
        assertEquals(Meaning.NONE, psfs("3.00", "4.99").meaning());
        assertEquals(Meaning.NONE, psfs("3.00", "1.01").meaning());
    }

    @Test
    void aPsfsFallOfTwoPointsIsAMeaningfulWorsening() {
        ScoreChange change = psfs("6.00", "4.00");
        assertEquals(new BigDecimal("-2.00"), change.change());
        assertEquals(Meaning.WORSENED, change.meaning());
    }

    @Test
    void aPegChangeIsNeverMarkedBecauseNoMcidIsPublished() {
        ScoreChange change = ScoreChange.between(Instrument.PEG_3, new BigDecimal("8.00"), new BigDecimal("2.00"));
        assertEquals(new BigDecimal("-6.00"), change.change());
        assertEquals(Meaning.NONE, change.meaning());
        assertEquals(new BigDecimal("8.00"), change.baseline());
        assertEquals(new BigDecimal("2.00"), change.latest());
    }
}
