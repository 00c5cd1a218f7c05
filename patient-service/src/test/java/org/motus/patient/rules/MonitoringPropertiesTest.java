package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the RTM day count and weekly adherence (quicktheories, seeded and shrinking). */
class MonitoringPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static List<LocalDate> days(List<Integer> offsets) {
        return offsets.stream().map(TODAY::plusDays).toList();
    }

    @Test
    void daysWithDataStayWithinTheThirtyDayWindow() {
        qt().forAll(lists().of(integers().between(-60, 5)).ofSizeBetween(0, 200))
                .checkAssert(offsets -> {
                    RemoteMonitoring.Window window = RemoteMonitoring.rolling(days(offsets), TODAY);
                    long expected = offsets.stream()
                            .filter(o -> o >= -29 && o <= 0)
                            .distinct()
                            .count();
                    assertEquals(expected, window.daysWithData());
                    assertEquals(window.daysWithData() >= 16, window.reachesThreshold());
                });
    }

    @Test
    void moreDataNeverMeansFewerDays() {
        qt().forAll(
                        lists().of(integers().between(-60, 5)).ofSizeBetween(0, 100),
                        integers().between(-60, 5))
                .checkAssert((offsets, extra) -> {
                    List<LocalDate> more = new ArrayList<>(days(offsets));
                    more.add(TODAY.plusDays(extra));
                    assertTrue(RemoteMonitoring.rolling(more, TODAY).daysWithData()
                            >= RemoteMonitoring.rolling(days(offsets), TODAY).daysWithData());
                });
    }

    @Test
    void everySessionInTheSeriesIsCountedOnce() {
        qt().forAll(
                        lists().of(integers().between(-60, 5)).ofSizeBetween(0, 100),
                        integers().between(1, 12),
                        integers().between(1, 21))
                .checkAssert((offsets, weeks, prescribed) -> {
                    List<LocalDate> sessions = days(offsets);
                    List<WeeklyAdherence.Week> series = WeeklyAdherence.series(prescribed, sessions, TODAY, weeks);
                    LocalDate first = Weeks.startOf(TODAY).minusWeeks(weeks - 1L);
                    long inRange = sessions.stream()
                            .filter(day -> !day.isBefore(first)
                                    && !day.isAfter(Weeks.startOf(TODAY).plusDays(6)))
                            .count();
                    assertEquals(weeks, series.size());
                    assertEquals(
                            (int) inRange,
                            series.stream()
                                    .mapToInt(WeeklyAdherence.Week::sessions)
                                    .sum());
                    series.forEach(week -> assertEquals(week.sessions() >= prescribed, week.met()));
                });
    }
}
