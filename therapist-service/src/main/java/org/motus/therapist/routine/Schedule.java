package org.motus.therapist.routine;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.util.List;
import org.motus.therapist.dosage.Dosage;

/**
 * On which weekdays an item is due: the therapist's chosen days, else {@code daysPerWeek} spread
 * over the week with rest days between (clinical-rules.md §7: consistency beats intensity). Pure.
 */
public final class Schedule {

    private static final List<List<DayOfWeek>> SPREAD = List.of(
            List.of(WEDNESDAY),
            List.of(TUESDAY, FRIDAY),
            List.of(MONDAY, WEDNESDAY, FRIDAY),
            List.of(MONDAY, TUESDAY, THURSDAY, FRIDAY),
            List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
            List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY),
            List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY));

    private Schedule() {}

    public static List<DayOfWeek> spread(int daysPerWeek) {
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("daysPerWeek must be 1-7, was " + daysPerWeek);
        }
        return SPREAD.get(daysPerWeek - 1);
    }

    public static List<DayOfWeek> days(Dosage dosage) {
        Dosage d = dosage.withDefaults();
        return d.weekdays() != null ? d.weekdays() : spread(d.daysPerWeek());
    }

    public static boolean dueOn(Dosage dosage, DayOfWeek day) {
        return days(dosage).contains(day);
    }
}
