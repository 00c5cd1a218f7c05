package org.motus.therapist.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.therapist.dosage.Dosage;

/** Which days an item is due; every days-per-week value (1-7) is tested. */
class ScheduleTest {

    @ParameterizedTest(name = "{0} day(s) a week")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void aSpreadHasExactlyTheDaysAskedForInWeekOrder(int days) {
        List<DayOfWeek> spread = Schedule.spread(days);
        assertThat(spread).hasSize(days);
        assertThat(new HashSet<>(spread)).hasSize(days);
        assertThat(spread).isSorted();
        Dosage dosage = new Dosage(2, 10, null, null, null, 1, days, null, null, null, 60);
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(Schedule.dueOn(dosage, day)).isEqualTo(spread.contains(day));
        }
    }

    @ParameterizedTest(name = "{0} day(s) a week")
    @ValueSource(ints = {-1, 0, 8})
    void daysOutsideOneToSevenAreRefused(int days) {
        assertThatThrownBy(() -> Schedule.spread(days)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threeDaysAWeekAreMondayWednesdayFriday() {
        assertThat(Schedule.spread(3)).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(Schedule.spread(1)).containsExactly(DayOfWeek.WEDNESDAY);
    }

    @Test
    void chosenWeekdaysWinOverTheSpread() {
        Dosage dosage = new Dosage(
                2, 10, null, null, null, 1, 2, List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null, null, 60);
        assertThat(Schedule.dueOn(dosage, DayOfWeek.SUNDAY)).isTrue();
        assertThat(Schedule.dueOn(dosage, DayOfWeek.TUESDAY)).isFalse();
        assertThat(Schedule.days(dosage)).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void withoutDaysEveryDayIsDue() {
        assertThat(Schedule.days(new Dosage(2, 10, null, null, null, null, null, null, null, null, 60)))
                .hasSize(7);
    }
}
