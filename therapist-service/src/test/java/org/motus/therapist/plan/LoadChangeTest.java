package org.motus.therapist.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motus.therapist.dosage.Finding;
import org.motus.therapist.dosage.ItemType;

/** clinical-rules.md §15: more than 10 % above the previous published load needs a reason; exactly 10 % does not. */
class LoadChangeTest {

    static final UUID SQUAT = UUID.randomUUID();
    static final UUID ROW = UUID.randomUUID();
    static final UUID WALK = UUID.randomUUID();

    static LoadChange.Item strength(UUID exercise, String kg) {
        return new LoadChange.Item(exercise, ItemType.STRENGTH, kg == null ? null : new BigDecimal(kg));
    }

    @ParameterizedTest(name = "{0} kg -> {1} kg needs a reason: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "10, 11, false", // exactly +10 %
                "10, 11.00, false",
                "10, 11.01, true", // +10.1 %
                "100, 110.01, true", // +10.01 %
                "100, 110, false",
                "4, 4.40, false",
                "4, 4.41, true",
                "4, 3, false", // lighter
                "4, 4, false",
                "-, 20, false", // a load where there was none: no percentage
                "4, -, false", // the load taken away
                "0, 5, false"
            })
    void onlyMoreThanTenPercentNeedsAReason(String before, String after, boolean needed) {
        assertThat(LoadChange.needsReason(
                        before == null ? null : new BigDecimal(before), after == null ? null : new BigDecimal(after)))
                .isEqualTo(needed);
    }

    @Test
    void theBoundaryHoldsForEveryLoadInTenGramSteps() {
        qt().withExamples(3000).forAll(integers().between(1, 50_000)).checkAssert(hundredths -> {
            BigDecimal before = BigDecimal.valueOf(hundredths, 2);
            BigDecimal tenPercent = before.multiply(new BigDecimal("1.10"));
            assertThat(LoadChange.needsReason(before, tenPercent))
                    .as("exactly +10 %% of %s", before)
                    .isFalse();
            assertThat(LoadChange.needsReason(before, tenPercent.add(new BigDecimal("0.0001"))))
                    .as("just above +10 %% of %s", before)
                    .isTrue();
        });
    }

    @Test
    void theMessageNamesBothLoadsAndThePercent() {
        List<Finding> findings = LoadChange.check(List.of(strength(SQUAT, "4.00")), List.of(strength(SQUAT, "5.00")));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("items[0].dosage.loadKg");
            assertThat(f.code()).isEqualTo("LOAD_INCREASE_NEEDS_REASON");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).contains("from 4 kg to 5 kg", "+25 %", "more than 10 %", "§15");
        });
        assertThat(LoadChange.percent(new BigDecimal("3"), new BigDecimal("4"))).isEqualByComparingTo("33.33");
    }

    @Test
    void itemsAreMatchedByExerciseInOrderWhereverTheyMoved() {
        List<LoadChange.Item> previous = List.of(strength(SQUAT, "10"), strength(ROW, "5"), strength(SQUAT, "20"));
        List<LoadChange.Item> draft =
                List.of(strength(ROW, "5.60"), strength(SQUAT, "11"), strength(SQUAT, "22.01"), strength(SQUAT, "50"));
        // row +12 % (items[0]), first squat +10 % (fine), second squat +10.05 % (items[2]), a third squat is new (no
        // match)
        assertThat(LoadChange.check(previous, draft))
                .extracting(Finding::field)
                .containsExactly("items[0].dosage.loadKg", "items[2].dosage.loadKg");
    }

    @Test
    void onlyStrengthItemsAreJudged() {
        List<LoadChange.Item> previous = List.of(new LoadChange.Item(WALK, ItemType.AEROBIC, new BigDecimal("2")));
        List<LoadChange.Item> draft = List.of(new LoadChange.Item(WALK, ItemType.AEROBIC, new BigDecimal("5")));
        assertThat(LoadChange.check(previous, draft)).isEmpty();
        assertThat(LoadChange.check(List.of(), List.of(strength(SQUAT, "5")))).isEmpty();
    }
}
