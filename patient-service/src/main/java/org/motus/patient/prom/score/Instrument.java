package org.motus.patient.prom.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The outcome measures Motus scores (DOMAIN rule 19, clinical-rules.md §19). Only instruments
 * whose published scoring rule we could cite are here: PROMIS Pain Interference 4a and Physical
 * Function 6b are left out until their HealthMeasures raw-score-to-T-score tables are checked
 * against the manual (no table is typed from memory).
 */
public enum Instrument {
    /**
     * Patient-Specific Functional Scale: 3 to 5 activities the patient names, each rated 0 ("unable
     * to perform") to 10 ("able to perform at the level before the problem"); the score is the mean
     * of the ratings; higher is better; a change of 2 points in the mean is the minimal clinically
     * important difference. Source: Stratford P, Gill C, Westaway M, Binkley J. Assessing
     * disability and change on individual patients: a report of a patient specific measure.
     * Physiother Can 1995;47:258-263; MCID 2 points: Abbott JH, Schmitt JS, JOSPT 2014;44(8):560-564.
     */
    PSFS(3, 5, List.of(), true, new BigDecimal("2")),
    /**
     * PEG-3: average pain in the past week (P), interference with enjoyment of life (E) and with
     * general activity (G), each 0-10; the score is the mean of the three; lower is better. No
     * fixed minimal clinically important difference is published for PEG, so none is marked.
     * Source: Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the PEG,
     * a three-item scale assessing pain intensity and interference. J Gen Intern Med
     * 2009;24(6):733-738.
     */
    PEG_3(3, 3, List.of("pain", "enjoyment", "activity"), false, null);

    private final int minItems;
    private final int maxItems;
    private final List<String> fixedItems;
    private final boolean higherIsBetter;
    private final BigDecimal mcid;

    Instrument(int minItems, int maxItems, List<String> fixedItems, boolean higherIsBetter, BigDecimal mcid) {
        this.minItems = minItems;
        this.maxItems = maxItems;
        this.fixedItems = fixedItems;
        this.higherIsBetter = higherIsBetter;
        this.mcid = mcid;
    }

    /** Fewest answered items the score needs. */
    public int minItems() {
        return minItems;
    }

    /** Most items the instrument has. */
    public int maxItems() {
        return maxItems;
    }

    /** The items in order when the instrument fixes them; empty when the patient names them (PSFS). */
    public List<String> fixedItems() {
        return fixedItems;
    }

    /** True when a higher score means better function (PSFS); false when lower is better (PEG-3). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The published minimal clinically important difference of the score, when there is one. */
    public Optional<BigDecimal> mcid() {
        return Optional.ofNullable(mcid);
    }
}
