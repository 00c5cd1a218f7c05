package org.motus.patient.prom.score;

import java.math.BigDecimal;

/**
 * The change of a PROM score from baseline to latest: raw difference (latest - baseline), and
 * whether it reaches the instrument's minimal clinically important difference in the better or
 * the worse direction (NONE when it does not, or the instrument has no published MCID).
 */
public record ScoreChange(BigDecimal baseline, BigDecimal latest, BigDecimal change, Meaning meaning) {

    public enum Meaning {
        IMPROVED,
        WORSENED,
        NONE
    }

    public static ScoreChange between(Instrument instrument, BigDecimal baseline, BigDecimal latest) {
        BigDecimal change = latest.subtract(baseline);
        BigDecimal better = instrument.higherIsBetter() ? change : change.negate();
        Meaning meaning = instrument
                .mcid()
                .map(mcid -> better.compareTo(mcid) >= 0
                        ? Meaning.IMPROVED
                        : better.negate().compareTo(mcid) >= 0 ? Meaning.WORSENED : Meaning.NONE)
                .orElse(Meaning.NONE);
        return new ScoreChange(baseline, latest, change, meaning);
    }
}
