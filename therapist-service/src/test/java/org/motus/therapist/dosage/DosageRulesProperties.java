package org.motus.therapist.dosage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DosageRulesProperties {

    static final PatientFacts PLAIN = new PatientFacts(UUID.randomUUID(), "Pat", 56, Set.of(Condition.LOW_BACK));
    static final PatientFacts FIBRO = new PatientFacts(UUID.randomUUID(), "Fiona", 48, Set.of(Condition.FIBROMYALGIA));

    @Property
    void holdsFromThirtyToSixtySecondsNeverWarn(@ForAll @IntRange(min = 30, max = 60) int hold,
                                               @ForAll @IntRange(min = 5, max = 7) int days) {
        Dosage dosage = new Dosage(2, null, null, hold, null, 1, days, null, null, null, 15);
        assertThat(DosageRules.check(ItemType.STRETCHING, dosage, PLAIN)).isEmpty();
    }

    @Property
    void possibleHoldsOutsideTheRangeWarnButNeverBlock(@ForAll @IntRange(min = 1, max = 600) int hold) {
        Dosage dosage = new Dosage(2, null, null, hold, null, 1, 7, null, null, null, 15);
        List<Finding> findings = DosageRules.check(ItemType.STRETCHING, dosage, PLAIN);
        assertThat(findings).noneMatch(Finding::blocks);
        assertThat(findings.isEmpty()).isEqualTo(hold >= 30 && hold <= 60);
    }

    @Property
    void strengthWithinTwoToThreeByEightToFifteenNeverWarns(@ForAll @IntRange(min = 2, max = 3) int sets,
                                                          @ForAll @IntRange(min = 8, max = 15) int reps) {
        Dosage dosage = new Dosage(sets, reps, null, null, null, 1, 3, null, null, null, 60);
        assertThat(DosageRules.check(ItemType.STRENGTH, dosage, PLAIN)).isEmpty();
    }

    @Property
    void fibromyalgiaBlocksExactlyTheZonesAboveEightyPercent(@ForAll @IntRange(min = 1, max = 100) int low,
                                                             @ForAll @IntRange(min = 1, max = 100) int high) {
        Dosage dosage = new Dosage(null, null, null, null, 30, 1, 5, null, Math.min(low, high), Math.max(low, high), null);
        boolean blocked = DosageRules.check(ItemType.AEROBIC, dosage, FIBRO).stream()
                .anyMatch(f -> f.severity() == Finding.Severity.CONTRAINDICATED);
        assertThat(blocked).isEqualTo(Math.max(low, high) > DosageRules.FIBROMYALGIA_CAP_PERCENT);
    }

    @Property
    void withoutFibromyalgiaNoPossibleZoneIsBlocked(@ForAll @IntRange(min = 1, max = 100) int low,
                                                    @ForAll @IntRange(min = 1, max = 100) int high) {
        Dosage dosage = new Dosage(null, null, null, null, 30, 1, 5, null, Math.min(low, high), Math.max(low, high), null);
        assertThat(DosageRules.check(ItemType.AEROBIC, dosage, PLAIN)).noneMatch(Finding::blocks);
    }

    @Property
    void setsBeyondTheHardBoundsAreAlwaysImpossible(@ForAll @IntRange(min = -1000, max = 1000) int sets) {
        Dosage dosage = new Dosage(sets, 10, null, null, null, 1, 3, null, null, null, 60);
        boolean impossible = DosageRules.check(ItemType.STRENGTH, dosage, PLAIN).stream()
                .anyMatch(f -> f.severity() == Finding.Severity.IMPOSSIBLE);
        assertThat(impossible).isEqualTo(sets < 1 || sets > DosageRules.MAX_SETS);
    }
}
