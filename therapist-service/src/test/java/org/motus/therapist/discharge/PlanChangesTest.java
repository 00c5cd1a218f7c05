package org.motus.therapist.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.therapist.discharge.PlanChanges.Change;
import org.motus.therapist.discharge.PlanChanges.Item;
import org.motus.therapist.discharge.PlanChanges.Version;

class PlanChangesTest {

    private static final UUID SQUAT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID WALK = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID BRIDGE = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void noVersionsNoHistory() {
        assertEquals(List.of(), PlanChanges.history(List.of()));
    }

    @Test
    void theFirstVersionAddsEverythingAndLaterOnesOnlyWhatChanged() {
        List<Change> history = PlanChanges.history(List.of(
                new Version(
                        1, DAY, null, List.of(new Item(SQUAT, "Squat", "2 x 10"), new Item(WALK, "Walk", "20 min"))),
                new Version(
                        2,
                        DAY.plusWeeks(2),
                        "Stronger",
                        List.of(new Item(SQUAT, "Squat", "3 x 10"), new Item(BRIDGE, "Bridge", "2 x 8"))),
                new Version(
                        3,
                        DAY.plusWeeks(3),
                        "Same again",
                        List.of(new Item(SQUAT, "Squat", "3 x 10"), new Item(BRIDGE, "Bridge", "2 x 8")))));

        assertEquals(new Change(1, DAY, null, 2, List.of("Squat", "Walk"), List.of(), List.of()), history.get(0));
        assertEquals(
                new Change(
                        2,
                        DAY.plusWeeks(2),
                        "Stronger",
                        2,
                        List.of("Bridge"),
                        List.of("Walk"),
                        List.of("Squat: 2 x 10 -> 3 x 10")),
                history.get(1));
        assertEquals(new Change(3, DAY.plusWeeks(3), "Same again", 2, List.of(), List.of(), List.of()), history.get(2));
    }

    @Test
    void theSameExerciseTwiceInOneVersionIsOneEntryWithBothDosages() {
        List<Change> history = PlanChanges.history(List.of(
                new Version(1, DAY, null, List.of(new Item(WALK, "Walk", "10 min"), new Item(WALK, "Walk", "20 min"))),
                new Version(2, DAY, null, List.of(new Item(WALK, "Walk", "10 min")))));

        assertEquals(List.of("Walk"), history.get(0).added());
        assertEquals(2, history.get(0).items());
        assertEquals(List.of("Walk: 10 min; 20 min -> 10 min"), history.get(1).changed());
        assertEquals(List.of(), history.get(1).removed());
    }
}
