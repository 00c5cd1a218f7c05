package org.motus.therapist.dosage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DosageRulesTest {

    static final PatientFacts PLAIN = new PatientFacts(UUID.randomUUID(), "Pat", 56, Set.of(Condition.LOW_BACK));
    static final PatientFacts FIBRO = new PatientFacts(UUID.randomUUID(), "Fiona", 48, Set.of(Condition.FIBROMYALGIA));

    static Dosage stretch(int holdSeconds) {
        return new Dosage(2, null, null, holdSeconds, null, 1, 7, null, null, null, 15);
    }

    static Dosage strength(int sets, int reps) {
        return new Dosage(sets, reps, null, null, null, 1, 3, null, null, null, 60);
    }

    static Dosage aerobic(int low, int high) {
        return new Dosage(null, null, null, null, 30, 1, 5, null, low, high, null);
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @ParameterizedTest(name = "hold {0} s -> warning {1}")
    @CsvSource({"29,true", "30,false", "60,false", "61,true"})
    void stretchHoldOutsideThirtyToSixtySecondsIsAWarning(int hold, boolean warned) {
        List<Finding> findings = DosageRules.check(ItemType.STRETCHING, stretch(hold), PLAIN);
        assertThat(codes(findings).contains("HOLD_OUT_OF_RANGE")).isEqualTo(warned);
        assertThat(findings).noneMatch(Finding::blocks);
    }

    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource({
        "1,10,SETS_OUT_OF_RANGE",
        "2,8,",
        "3,15,",
        "4,10,SETS_OUT_OF_RANGE",
        "2,7,REPS_OUT_OF_RANGE",
        "2,16,REPS_OUT_OF_RANGE"
    })
    void strengthOutsideTwoToThreeSetsOfEightToFifteenIsAWarning(int sets, int reps, String code) {
        List<Finding> findings = DosageRules.check(ItemType.STRENGTH, strength(sets, reps), PLAIN);
        assertThat(codes(findings)).isEqualTo(code == null ? List.of() : List.of(code));
    }

    @ParameterizedTest(name = "zone {0}-{1} % -> warning {2}")
    @CsvSource({"64,75,true", "65,75,false", "65,76,true", "70,80,true"})
    void aerobicZoneOutsideSixtyFiveToSeventyFivePercentIsAWarning(int low, int high, boolean warned) {
        List<Finding> findings = DosageRules.check(ItemType.AEROBIC, aerobic(low, high), PLAIN);
        assertThat(codes(findings).contains("ZONE_OUT_OF_RANGE")).isEqualTo(warned);
        assertThat(findings).noneMatch(Finding::blocks);
    }

    @Test
    void eightyPercentIsAllowedWithFibromyalgiaButEightyOneIsContraindicated() {
        assertThat(DosageRules.check(ItemType.AEROBIC, aerobic(70, 80), FIBRO)).noneMatch(Finding::blocks);
        List<Finding> above = DosageRules.check(ItemType.AEROBIC, aerobic(70, 81), FIBRO);
        assertThat(above)
                .anyMatch(f -> f.severity() == Finding.Severity.CONTRAINDICATED
                        && f.code().equals("FIBROMYALGIA_INTENSITY_CAP")
                        && f.field().equals("targetZoneHighPercent"));
    }

    @Test
    void anAerobicItemWithoutAZoneIsContraindicatedWithFibromyalgiaAndOnlyAWarningOtherwise() {
        // clinical-rules.md §14: a missing zone must block too, not only a zone above 80 %.
        Dosage noZone = new Dosage(null, null, null, null, 30, 1, 5, null, null, null, null);
        List<Finding> fibro = DosageRules.check(ItemType.AEROBIC, noZone, FIBRO);
        assertThat(fibro).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.CONTRAINDICATED);
            assertThat(f.code()).isEqualTo("FIBROMYALGIA_ZONE_REQUIRED");
            assertThat(f.field()).isEqualTo("targetZoneHighPercent");
            assertThat(f.message()).contains("at or below 80 %");
        });
        assertThat(codes(DosageRules.check(ItemType.AEROBIC, noZone, PLAIN))).containsExactly("ZONE_MISSING");
        assertThat(codes(DosageRules.check(ItemType.AEROBIC, noZone, null))).containsExactly("ZONE_MISSING");
    }

    @Test
    void eightyOnePercentWithoutFibromyalgiaIsOnlyAWarning() {
        List<Finding> findings = DosageRules.check(ItemType.AEROBIC, aerobic(70, 81), PLAIN);
        assertThat(findings).noneMatch(Finding::blocks);
        assertThat(codes(findings)).containsExactly("ZONE_OUT_OF_RANGE");
    }

    @Test
    void impossibleValuesAreRejectedWithTheirFields() {
        Dosage nonsense = new Dosage(0, -3, new BigDecimal("-1"), 0, 0, 0, 8, null, 70, 101, -1);
        List<Finding> findings = DosageRules.check(ItemType.STRENGTH, nonsense, PLAIN);
        assertThat(findings).allMatch(f -> f.severity() == Finding.Severity.IMPOSSIBLE);
        assertThat(findings)
                .extracting(Finding::field)
                .contains(
                        "sets",
                        "reps",
                        "loadKg",
                        "holdSeconds",
                        "durationMinutes",
                        "sessionsPerDay",
                        "daysPerWeek",
                        "targetZoneHighPercent",
                        "restSeconds");
    }

    @Test
    void theZoneWarningNamesTheEndThatIsOutOfRange() {
        assertThat(DosageRules.check(ItemType.AEROBIC, aerobic(64, 75), PLAIN))
                .extracting(Finding::field)
                .containsExactly("targetZoneLowPercent");
        assertThat(DosageRules.check(ItemType.AEROBIC, aerobic(65, 76), PLAIN))
                .extracting(Finding::field)
                .containsExactly("targetZoneHighPercent");
        assertThat(DosageRules.check(ItemType.AEROBIC, aerobic(65, 75), PLAIN)).isEmpty();
    }

    @Test
    void zonePercentagesOutsideOneToHundredAreImpossibleOnTheirOwnField() {
        assertThat(DosageRules.check(ItemType.AEROBIC, aerobic(0, 75), PLAIN))
                .extracting(Finding::field, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("targetZoneLowPercent", "OUT_OF_BOUNDS"));
        assertThat(DosageRules.check(ItemType.AEROBIC, aerobic(65, 101), PLAIN))
                .extracting(Finding::field, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("targetZoneHighPercent", "OUT_OF_BOUNDS"));
        assertThat(DosageRules.check(ItemType.AEROBIC, aerobic(1, 100), PLAIN)).noneMatch(Finding::blocks);
    }

    @Test
    void aHalfZoneNamesTheMissingEnd() {
        Dosage lowOnly = new Dosage(null, null, null, null, 30, 1, 5, null, 65, null, null);
        Dosage highOnly = new Dosage(null, null, null, null, 30, 1, 5, null, null, 75, null);
        assertThat(DosageRules.check(ItemType.AEROBIC, lowOnly, PLAIN))
                .extracting(Finding::field)
                .containsExactly("targetZoneHighPercent");
        assertThat(DosageRules.check(ItemType.AEROBIC, highOnly, PLAIN))
                .extracting(Finding::field)
                .contains("targetZoneLowPercent");
    }

    @Test
    void anItemWithoutADosageIsImpossible() {
        assertThat(DosageRules.check(ItemType.STRENGTH, null, PLAIN))
                .extracting(Finding::code, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DOSAGE_MISSING", ""));
        assertThat(DosageRules.checkItems(List.of(ItemType.STRENGTH), java.util.Arrays.asList((Dosage) null), PLAIN))
                .extracting(Finding::field)
                .containsExactly("items[0].dosage");
    }

    @ParameterizedTest(name = "load {0} kg -> impossible {1}")
    @CsvSource({
        "0, true",
        "0.00, true",
        "-0.01, true",
        "0.01, false",
        "500, false",
        "500.00, false",
        "500.01, true",
        "2.12, false",
        "2.120, false",
        "2.125, true"
    })
    void loadsAreAboveZeroAtMostFiveHundredKgWithTwoDecimals(String kg, boolean impossible) {
        Dosage dosage = new Dosage(2, 10, new BigDecimal(kg), null, null, 1, 3, null, null, null, 60);
        assertThat(codes(DosageRules.check(ItemType.STRENGTH, dosage, PLAIN)).contains("LOAD_IMPOSSIBLE"))
                .isEqualTo(impossible);
    }

    @Test
    void aLoadWithMoreThanTwoDecimalsIsImpossible() {
        Dosage dosage = new Dosage(2, 10, new BigDecimal("2.125"), null, null, 1, 3, null, null, null, 60);
        assertThat(codes(DosageRules.check(ItemType.STRENGTH, dosage, PLAIN))).containsExactly("LOAD_IMPOSSIBLE");
    }

    @Test
    void anInvertedOrHalfZoneIsImpossible() {
        assertThat(codes(DosageRules.check(ItemType.AEROBIC, aerobic(75, 65), PLAIN)))
                .contains("ZONE_INVERTED");
        Dosage half = new Dosage(null, null, null, null, 30, 1, 5, null, 65, null, null);
        assertThat(codes(DosageRules.check(ItemType.AEROBIC, half, PLAIN))).contains("ZONE_INCOMPLETE");
    }

    @Test
    void weekdaysMustMatchDaysPerWeek() {
        Dosage dosage =
                new Dosage(2, null, null, 30, null, 1, 3, List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, null, 15);
        assertThat(codes(DosageRules.check(ItemType.STRETCHING, dosage, PLAIN))).contains("WEEKDAYS_MISMATCH");
    }

    @Test
    void eachTypeNeedsItsAmount() {
        Dosage empty = new Dosage(null, null, null, null, null, null, null, null, null, null, null);
        assertThat(codes(DosageRules.check(ItemType.STRETCHING, empty, PLAIN))).containsExactly("HOLD_MISSING");
        assertThat(codes(DosageRules.check(ItemType.STRENGTH, empty, PLAIN)))
                .containsExactly("SETS_MISSING", "REPS_MISSING");
        assertThat(codes(DosageRules.check(ItemType.AEROBIC, empty, PLAIN))).containsExactly("DURATION_MISSING");
        assertThat(codes(DosageRules.check(ItemType.RESTORATION, empty, PLAIN))).containsExactly("AMOUNT_MISSING");
    }

    @Test
    void aHeartRateZoneOnANonAerobicItemIsImpossible() {
        Dosage dosage = new Dosage(2, 10, null, null, null, 1, 3, null, 65, 75, 60);
        assertThat(codes(DosageRules.check(ItemType.STRENGTH, dosage, PLAIN))).contains("ZONE_NOT_AEROBIC");
    }

    @Test
    void shortAerobicBoutsCountTogetherTowardTwentyMinutesADay() {
        Dosage twoTens = new Dosage(null, null, null, null, 10, 2, 5, null, 65, 70, null);
        Dosage oneTen = new Dosage(null, null, null, null, 10, 1, 5, null, 65, 70, null);
        assertThat(DosageRules.check(ItemType.AEROBIC, twoTens, FIBRO)).isEmpty();
        assertThat(codes(DosageRules.check(ItemType.AEROBIC, oneTen, FIBRO))).containsExactly("AEROBIC_SHORT");
    }

    @Test
    void stretchingLessThanFiveDaysAWeekIsAWarning() {
        Dosage threeDays = new Dosage(2, null, null, 30, null, 1, 3, null, null, null, 15);
        assertThat(codes(DosageRules.check(ItemType.STRETCHING, threeDays, PLAIN)))
                .containsExactly("STRETCH_FREQUENCY");
    }

    @Test
    void itemFindingsNameTheItemAndField() {
        List<Finding> findings = DosageRules.checkItems(
                List.of(ItemType.STRENGTH, ItemType.STRETCHING), List.of(strength(2, 10), stretch(61)), PLAIN);
        assertThat(findings).extracting(Finding::field).containsExactly("items[1].dosage.holdSeconds");
    }
}
