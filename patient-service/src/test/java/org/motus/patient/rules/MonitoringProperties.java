package org.motus.patient.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the RTM day count and weekly adherence. */
class MonitoringProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-60, 5).map(TODAY::plusDays);
    }

    @Property
    void daysWithDataStayWithinTheThirtyDayWindow(@ForAll @Size(max = 200) List<@From("days") LocalDate> days) {
        RemoteMonitoring.Window window = RemoteMonitoring.rolling(days, TODAY);
        assertTrue(window.daysWithData() >= 0 && window.daysWithData() <= RemoteMonitoring.WINDOW_DAYS);
        assertEquals(window.daysWithData() >= 16, window.reachesThreshold());
    }

    @Property
    void moreDataNeverMeansFewerDays(@ForAll @Size(max = 100) List<@From("days") LocalDate> days,
                                     @ForAll("days") LocalDate extra) {
        List<LocalDate> more = new ArrayList<>(days);
        more.add(extra);
        assertTrue(RemoteMonitoring.rolling(more, TODAY).daysWithData() >= RemoteMonitoring.rolling(days, TODAY).daysWithData());
    }

    @Property
    void everySessionInTheSeriesIsCountedOnce(@ForAll @Size(max = 100) List<@From("days") LocalDate> sessions,
                                              @ForAll @IntRange(min = 1, max = 12) int weeks,
                                              @ForAll @IntRange(min = 1, max = 21) int prescribed) {
        List<WeeklyAdherence.Week> series = WeeklyAdherence.series(prescribed, sessions, TODAY, weeks);
        LocalDate first = Weeks.startOf(TODAY).minusWeeks(weeks - 1L);
        long inRange = sessions.stream().filter(day -> !day.isBefore(first) && !day.isAfter(Weeks.startOf(TODAY).plusDays(6))).count();
        assertEquals(weeks, series.size());
        assertEquals((int) inRange, series.stream().mapToInt(WeeklyAdherence.Week::sessions).sum());
        series.forEach(week -> assertEquals(week.sessions() >= prescribed, week.met()));
    }
}
