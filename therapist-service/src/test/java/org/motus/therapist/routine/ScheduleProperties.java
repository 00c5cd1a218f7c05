package org.motus.therapist.routine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.motus.therapist.dosage.Dosage;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleProperties {

    @Property
    void aSpreadHasExactlyTheDaysAskedForInWeekOrder(@ForAll @IntRange(min = 1, max = 7) int days) {
        List<DayOfWeek> spread = Schedule.spread(days);
        assertThat(spread).hasSize(days);
        assertThat(new HashSet<>(spread)).hasSize(days);
        assertThat(spread).isSorted();
    }

    @Test
    void threeDaysAWeekAreMondayWednesdayFriday() {
        assertThat(Schedule.spread(3)).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void chosenWeekdaysWinOverTheSpread() {
        Dosage dosage = new Dosage(2, 10, null, null, null, 1, 2, List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null, null, 60);
        assertThat(Schedule.dueOn(dosage, DayOfWeek.SUNDAY)).isTrue();
        assertThat(Schedule.dueOn(dosage, DayOfWeek.TUESDAY)).isFalse();
    }
}
