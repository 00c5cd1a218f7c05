package org.motus.patient.rules;

import java.time.LocalDate;
import java.util.Collection;

/**
 * clinical-rules.md "Care context": remote therapeutic monitoring is billed on days with recorded data;
 * US RTM codes 98975-98981 need data on at least 16 days in a 30-day period.
 */
public final class RemoteMonitoring {

    public static final int WINDOW_DAYS = 30;
    public static final int THRESHOLD_DAYS = 16;

    public record Window(LocalDate from, LocalDate to, int daysWithData, int thresholdDays, boolean reachesThreshold) {}

    private RemoteMonitoring() {}

    /**
     * The rolling 30 days ending today (both inclusive).
     *
     * @param daysWithData every local day on which the patient recorded anything (duplicates allowed)
     */
    public static Window rolling(Collection<LocalDate> daysWithData, LocalDate today) {
        LocalDate from = today.minusDays(WINDOW_DAYS - 1L);
        int days = (int) daysWithData.stream()
                .filter(day -> !day.isBefore(from) && !day.isAfter(today))
                .distinct()
                .count();
        return new Window(from, today, days, THRESHOLD_DAYS, days >= THRESHOLD_DAYS);
    }
}
