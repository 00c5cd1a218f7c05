package org.motus.patient.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Sessions done per week against the prescribed number. clinical-rules.md §7: every logged session
 * counts, however short (a two-minute session is a session).
 */
public final class WeeklyAdherence {

    /**
     * @param percent sessions as a share of the prescribed number (may exceed 100), null when nothing is prescribed
     * @param met     whether the prescribed number was reached, null when nothing is prescribed
     */
    @Schema(name = "AdherenceWeek") // the simple name is shared with another type: one schema would stand for both
    public record Week(
            LocalDate weekStart,
            int sessions,
            @Schema(nullable = true) Integer prescribed,
            @Schema(nullable = true) Integer percent,
            @Schema(nullable = true) Boolean met) {}

    private WeeklyAdherence() {}

    /**
     * @param prescribedPerWeek the prescribed sessions per week, or null when none is set
     * @param sessionDays       the local start day of every session, one entry per session
     * @param lastWeekStart     the Monday of the newest week in the series
     * @param weeks             how many weeks, oldest first
     */
    public static List<Week> series(
            Integer prescribedPerWeek, Collection<LocalDate> sessionDays, LocalDate lastWeekStart, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        LocalDate newest = Weeks.startOf(lastWeekStart);
        List<Week> series = new ArrayList<>(weeks);
        for (int i = weeks - 1; i >= 0; i--) {
            LocalDate weekStart = newest.minusWeeks(i);
            int sessions = (int) sessionDays.stream()
                    .filter(day -> Weeks.startOf(day).equals(weekStart))
                    .count();
            series.add(week(weekStart, sessions, prescribedPerWeek));
        }
        return series;
    }

    static Week week(LocalDate weekStart, int sessions, Integer prescribed) {
        if (prescribed == null || prescribed < 1) {
            return new Week(weekStart, sessions, null, null, null);
        }
        int percent = (int) Math.round(100.0 * sessions / prescribed);
        return new Week(weekStart, sessions, prescribed, percent, sessions >= prescribed);
    }
}
