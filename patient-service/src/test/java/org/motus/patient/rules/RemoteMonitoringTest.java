package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteMonitoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void sixteenDaysWithDataReachTheThresholdFifteenDoNot() {
        assertFalse(RemoteMonitoring.rolling(days(15), TODAY).reachesThreshold());
        RemoteMonitoring.Window sixteen = RemoteMonitoring.rolling(days(16), TODAY);
        assertTrue(sixteen.reachesThreshold());
        assertEquals(16, sixteen.daysWithData());
        assertEquals(16, sixteen.thresholdDays());
    }

    @Test
    void severalReadingsOnOneDayCountOnce() {
        assertEquals(
                1, RemoteMonitoring.rolling(List.of(TODAY, TODAY, TODAY), TODAY).daysWithData());
    }

    @Test
    void theWindowIsThirtyDaysEndingToday() {
        RemoteMonitoring.Window window =
                RemoteMonitoring.rolling(List.of(TODAY.minusDays(29), TODAY.minusDays(30), TODAY.plusDays(1)), TODAY);
        assertEquals(TODAY.minusDays(29), window.from());
        assertEquals(TODAY, window.to());
        assertEquals(1, window.daysWithData());
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(BERLIN).toInstant();
    }

    private static List<Instant> sixteenNoons() {
        return days(16).stream().map(RemoteMonitoringTest::noonOf).toList();
    }

    @Test
    void withoutRemoteMonitoringConsentNoDayCounts() {
        RemoteMonitoring.Window none = RemoteMonitoring.rolling(sixteenNoons(), List.of(), BERLIN, TODAY);
        assertEquals(0, none.daysWithData());
        assertFalse(none.reachesThreshold());
        RemoteMonitoring.Window declined = RemoteMonitoring.rolling(
                sixteenNoons(),
                List.of(new RemoteMonitoring.ConsentChange(noonOf(TODAY.minusDays(40)), false)),
                BERLIN,
                TODAY);
        assertEquals(0, declined.daysWithData());
    }

    @Test
    void consentInForceForTheWholeWindowCountsEveryDayWithData() {
        RemoteMonitoring.Window window = RemoteMonitoring.rolling(
                sixteenNoons(),
                List.of(new RemoteMonitoring.ConsentChange(noonOf(TODAY.minusDays(40)), true)),
                BERLIN,
                TODAY);
        assertEquals(16, window.daysWithData());
        assertTrue(window.reachesThreshold());
    }

    @Test
    void onlyDataRecordedWhileConsentWasInForceCounts() {
        LocalDate accepted = TODAY.minusDays(20);
        LocalDate withdrawn = TODAY.minusDays(5);
        List<Instant> recorded = List.of(
                noonOf(TODAY.minusDays(25)), // before the acceptance
                accepted.atTime(11, 59).atZone(BERLIN).toInstant(), // the same day, a minute before it
                noonOf(accepted), // at the moment of acceptance: in force
                noonOf(TODAY.minusDays(10)),
                noonOf(withdrawn).minusSeconds(1), // the last second before the withdrawal
                noonOf(withdrawn).plusSeconds(1), // after it
                noonOf(TODAY.minusDays(2)), // withdrawn still
                noonOf(TODAY)); // accepted again in the morning
        List<RemoteMonitoring.ConsentChange> decisions = List.of(
                new RemoteMonitoring.ConsentChange(
                        TODAY.atTime(9, 0).atZone(BERLIN).toInstant(), true),
                new RemoteMonitoring.ConsentChange(noonOf(accepted), true),
                new RemoteMonitoring.ConsentChange(noonOf(withdrawn), false));
        RemoteMonitoring.Window window = RemoteMonitoring.rolling(recorded, decisions, BERLIN, TODAY);
        // accepted (twice on that day, counted once), day -10, withdrawn day (before), today
        assertEquals(4, window.daysWithData());
    }

    @Test
    void theDayOfARecordingIsTheLocalDayInThePatientsZone() {
        Instant lateEvening =
                TODAY.minusDays(30).atTime(23, 30).atZone(ZoneId.of("UTC")).toInstant();
        RemoteMonitoring.Window window = RemoteMonitoring.rolling(
                List.of(lateEvening), List.of(new RemoteMonitoring.ConsentChange(Instant.EPOCH, true)), BERLIN, TODAY);
        // 23:30 UTC is already the next day in Berlin: day -29, inside the window
        assertEquals(1, window.daysWithData());
    }

    private static List<LocalDate> days(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(TODAY.minusDays(i * 29L / Math.max(1, count - 1)));
        }
        return days;
    }
}
