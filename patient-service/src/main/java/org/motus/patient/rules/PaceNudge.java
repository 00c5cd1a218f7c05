package org.motus.patient.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * clinical-rules.md §22, the patient's side: whether today the patient is nudged because their days
 * with data fall behind the pace that reaches 16 of 30 (issue 14 item 2).
 *
 * <p>Monitoring periods are consecutive 30-day periods from the first local day with data. Today
 * the patient is nudged when all of these hold:
 *
 * <ol>
 *   <li>the period is behind its pace ({@link ReminderSchedule#pace}: fewer days with data before
 *       today than 16/30 of the days elapsed, rounded up);
 *   <li>16 can still be reached: days with data so far plus the days left, today included, make at
 *       least 16 (a nudge that cannot help is not sent; the therapist sees the count);
 *   <li>nothing is recorded today yet (once it is, today is no longer behind);
 *   <li>the last nudge was at least {@link #QUIET_DAYS} days ago (at most one a week).
 * </ol>
 */
public final class PaceNudge {

    /** Days after a nudge without another one. */
    public static final int QUIET_DAYS = 7;

    private PaceNudge() {}

    /** The period containing {@code today}: consecutive 30-day periods from the first day with data. */
    public static LocalDate periodStart(LocalDate firstDayWithData, LocalDate today) {
        long since = ChronoUnit.DAYS.between(firstDayWithData, today);
        long periods = Math.floorDiv(since, RemoteMonitoring.WINDOW_DAYS);
        return firstDayWithData.plusDays(periods * RemoteMonitoring.WINDOW_DAYS);
    }

    /**
     * The pace that calls for a nudge today, or empty when none is due.
     *
     * @param daysWithData every local day with a check-in or a session (duplicates allowed)
     * @param lastNudgedOn the local day of the last nudge, or null when there was none
     */
    public static Optional<ReminderSchedule.Pace> due(
            Collection<LocalDate> daysWithData, LocalDate today, LocalDate lastNudgedOn) {
        Optional<LocalDate> first = daysWithData.stream().min(LocalDate::compareTo);
        if (first.isEmpty()
                || !first.get().isBefore(today)
                || daysWithData.contains(today)
                || (lastNudgedOn != null && ChronoUnit.DAYS.between(lastNudgedOn, today) < QUIET_DAYS)) {
            return Optional.empty();
        }
        ReminderSchedule.Pace pace = ReminderSchedule.pace(periodStart(first.get(), today), daysWithData, today);
        int daysLeft = RemoteMonitoring.WINDOW_DAYS - pace.elapsedDays();
        boolean reachable = pace.daysWithData() + daysLeft >= RemoteMonitoring.THRESHOLD_DAYS;
        return pace.behind() && reachable ? Optional.of(pace) : Optional.empty();
    }
}
