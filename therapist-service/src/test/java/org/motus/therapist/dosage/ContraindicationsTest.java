package org.motus.therapist.dosage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** clinical-rules.md §20: an exercise's contraindications matched against the patient's conditions. */
class ContraindicationsTest {

    static final Contraindications.Listed HAMSTRING = new Contraindications.Listed(
            "Hamstring stretch",
            Set.of(Condition.SCIATICA),
            List.of("Sharp or shooting pain down the leg: stop and use the nerve glide instead."));
    static final Contraindications.Listed BRIDGE = new Contraindications.Listed(
            "Glute bridge",
            Set.of(Condition.NECK_SHOULDER, Condition.KNEE_OA),
            List.of("Neck pain when lying flat: rest the head on a thin pillow.", "Another."));
    static final Contraindications.Listed WALK = new Contraindications.Listed("Brisk walk", null, null);

    @Test
    void aMatchIsAWarningNamingTheConditionAndTheExercisesText() {
        List<Finding> findings =
                Contraindications.check(List.of(WALK, HAMSTRING), Set.of(Condition.SCIATICA, Condition.LOW_BACK));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("items[1].exerciseId");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.blocks()).isFalse();
            assertThat(f.code()).isEqualTo("CONTRAINDICATED_FOR_CONDITION");
            assertThat(f.message())
                    .isEqualTo(
                            "Hamstring stretch is contraindicated for SCIATICA (sciatica), one of the patient's conditions: "
                                    + "Sharp or shooting pain down the leg: stop and use the nerve glide instead.");
        });
    }

    @Test
    void oneWarningPerMatchingConditionInEnumOrder() {
        List<Finding> findings = Contraindications.check(List.of(BRIDGE), EnumSet.allOf(Condition.class));
        assertThat(findings)
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("NECK_SHOULDER (neck and shoulder pain)", "thin pillow. Another."),
                        m -> assertThat(m).contains("KNEE_OA (knee osteoarthritis)"));
    }

    @Test
    void noMatchNoWarning() {
        assertThat(Contraindications.check(
                        List.of(HAMSTRING, BRIDGE, WALK), Set.of(Condition.LOW_BACK, Condition.FIBROMYALGIA)))
                .isEmpty();
        assertThat(Contraindications.check(List.of(), Set.of(Condition.SCIATICA)))
                .isEmpty();
    }

    @Test
    void aConditionWithoutTextStillNamesTheCondition() {
        Contraindications.Listed bare = new Contraindications.Listed("Step-up", Set.of(Condition.HIP_OA), List.of());
        assertThat(Contraindications.check(List.of(bare), Set.of(Condition.HIP_OA)))
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo(
                        "Step-up is contraindicated for HIP_OA (hip osteoarthritis), one of the patient's conditions");
    }

    @Test
    void anExerciseWithoutListsListsNothing() {
        Contraindications.Listed bare = new Contraindications.Listed("Brisk walk", null, null);
        assertThat(bare.conditions()).isEmpty();
        assertThat(bare.texts()).isEmpty();
        Contraindications.Listed listed =
                new Contraindications.Listed("Hamstring stretch", Set.of(Condition.SCIATICA), List.of("Stop."));
        assertThat(listed.texts()).containsExactly("Stop.");
        assertThat(listed.conditions()).containsExactly(Condition.SCIATICA);
    }

    @ParameterizedTest
    @EnumSource(Condition.class)
    void everyConditionHasPlainWords(Condition condition) {
        assertThat(Contraindications.label(condition)).isNotBlank().doesNotContain("_");
    }
}
