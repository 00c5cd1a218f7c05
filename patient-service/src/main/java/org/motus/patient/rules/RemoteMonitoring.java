package org.motus.patient.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * clinical-rules.md "Care context": remote therapeutic monitoring is billed on days with recorded data;
 * US RTM codes 98975-98981 need data on at least 16 days in a 30-day period.
 */
public final class RemoteMonitoring {

    public static final int WINDOW_DAYS = 30;
    public static final int THRESHOLD_DAYS = 16;

    public record Window(LocalDate from, LocalDate to, int daysWithData, int thresholdDays, boolean reachesThreshold) {}

    /** One decision on the remote-monitoring consent: accepted ({@code granted}), or declined or withdrawn. */
    public record ConsentChange(Instant at, boolean granted) {}

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

    /**
     * §22 with consent: the rolling 30 days ending today, counting a local day only when something
     * was recorded on it while the patient's remote-monitoring consent was in force (accepted, and
     * not declined or withdrawn since). Data from before the first acceptance, or after a
     * withdrawal, is still the patient's record but not remote monitoring.
     *
     * @param recordedAt when each check-in or session was recorded
     * @param consent the patient's decisions on the remote-monitoring consent, in any order
     */
    public static Window rolling(
            Collection<Instant> recordedAt, Collection<ConsentChange> consent, ZoneId zone, LocalDate today) {
        List<ConsentChange> ordered =
                consent.stream().sorted(Comparator.comparing(ConsentChange::at)).toList();
        List<LocalDate> monitored = recordedAt.stream()
                .filter(at -> inForce(ordered, at))
                .map(at -> LocalDate.ofInstant(at, zone))
                .toList();
        return rolling(monitored, today);
    }

    /** Whether the latest decision at or before {@code at} was an acceptance. */
    static boolean inForce(List<ConsentChange> ordered, Instant at) {
        boolean granted = false;
        for (ConsentChange change : ordered) {
            if (change.at().isAfter(at)) {
                break;
            }
            granted = change.granted();
        }
        return granted;
    }
}
