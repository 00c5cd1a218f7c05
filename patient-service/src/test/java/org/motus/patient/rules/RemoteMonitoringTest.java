package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

    private static List<LocalDate> days(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(TODAY.minusDays(i * 29L / Math.max(1, count - 1)));
        }
        return days;
    }
}
