package org.motus.therapist.dosage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dosage ranges over their whole domains: every hold a stretch may have, every sets/reps pair
 * in range, every possible heart-rate zone (percentages 1-100) for patients with and without
 * fibromyalgia, and sets from far below to far above the hard bounds. The domains are small, so
 * each is tested exhaustively instead of sampled.
 */
class DosageRulesPropertiesTest {

    static final PatientFacts PLAIN = new PatientFacts(UUID.randomUUID(), "Pat", 56, Set.of(Condition.LOW_BACK));
    static final PatientFacts FIBRO = new PatientFacts(UUID.randomUUID(), "Fiona", 48, Set.of(Condition.FIBROMYALGIA));

    static IntStream possibleHolds() {
        return IntStream.rangeClosed(1, DosageRules.MAX_HOLD_SECONDS);
    }

    static IntStream percentages() {
        return IntStream.rangeClosed(1, 100);
    }

    @Test
    void holdsFromThirtyToSixtySecondsOnFiveToSevenDaysNeverWarn() {
        for (int hold = 30; hold <= 60; hold++) {
            for (int days = 5; days <= 7; days++) {
                Dosage dosage = new Dosage(2, null, null, hold, null, 1, days, null, null, null, 15);
                assertThat(DosageRules.check(ItemType.STRETCHING, dosage, PLAIN))
                        .as("hold %d, %d days", hold, days)
                        .isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "hold {0} s")
    @MethodSource("possibleHolds")
    void possibleHoldsOutsideTheRangeWarnButNeverBlock(int hold) {
        Dosage dosage = new Dosage(2, null, null, hold, null, 1, 7, null, null, null, 15);
        List<Finding> findings = DosageRules.check(ItemType.STRETCHING, dosage, PLAIN);
        assertThat(findings).noneMatch(Finding::blocks);
        assertThat(findings.isEmpty()).isEqualTo(hold >= 30 && hold <= 60);
    }

    @Test
    void strengthWithinTwoToThreeByEightToFifteenNeverWarns() {
        for (int sets = 2; sets <= 3; sets++) {
            for (int reps = 8; reps <= 15; reps++) {
                Dosage dosage = new Dosage(sets, reps, null, null, null, 1, 3, null, null, null, 60);
                assertThat(DosageRules.check(ItemType.STRENGTH, dosage, PLAIN))
                        .as("%d x %d", sets, reps)
                        .isEmpty();
            }
        }
    }

    /** Every zone with this upper bound, every lower bound up to it (clinical-rules.md §6 and 14). */
    @ParameterizedTest(name = "zone high {0} %")
    @MethodSource("percentages")
    void fibromyalgiaBlocksExactlyTheZonesAboveEightyPercent(int high) {
        for (int low = 1; low <= high; low++) {
            Dosage dosage = new Dosage(null, null, null, null, 30, 1, 5, null, low, high, null);
            boolean blocked = DosageRules.check(ItemType.AEROBIC, dosage, FIBRO).stream()
                    .anyMatch(f -> f.severity() == Finding.Severity.CONTRAINDICATED);
            assertThat(blocked).as("%d-%d %%", low, high).isEqualTo(high > DosageRules.FIBROMYALGIA_CAP_PERCENT);
        }
    }

    @ParameterizedTest(name = "zone high {0} %")
    @MethodSource("percentages")
    void withoutFibromyalgiaNoPossibleZoneIsBlocked(int high) {
        for (int low = 1; low <= high; low++) {
            Dosage dosage = new Dosage(null, null, null, null, 30, 1, 5, null, low, high, null);
            assertThat(DosageRules.check(ItemType.AEROBIC, dosage, PLAIN))
                    .as("%d-%d %%", low, high)
                    .noneMatch(Finding::blocks);
        }
    }

    @Test
    void setsBeyondTheHardBoundsAreAlwaysImpossible() {
        for (int sets = -1000; sets <= 1000; sets++) {
            Dosage dosage = new Dosage(sets, 10, null, null, null, 1, 3, null, null, null, 60);
            boolean impossible = DosageRules.check(ItemType.STRENGTH, dosage, PLAIN).stream()
                    .anyMatch(f -> f.severity() == Finding.Severity.IMPOSSIBLE);
            assertThat(impossible).as("%d sets", sets).isEqualTo(sets < 1 || sets > DosageRules.MAX_SETS);
        }
    }
}
