package org.motus.patient.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** Weeks run Monday to Sunday in the patient's time zone (ISO-8601). */
public final class Weeks {

    private Weeks() {}

    public static LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** 1 for the week that holds {@code start}, 2 for the next, and so on. */
    public static int number(LocalDate start, LocalDate day) {
        return (int) ChronoUnit.WEEKS.between(startOf(start), startOf(day)) + 1;
    }
}
