package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyAdherenceTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void sessionsAreCountedPerMondayToSundayWeekAgainstThePrescribedNumber() {
        List<LocalDate> sessions = List.of(
                MONDAY.minusDays(1),
                MONDAY.minusDays(3),
                MONDAY.minusDays(7), // last week: Sun, Fri, Mon
                MONDAY,
                MONDAY,
                THURSDAY); // this week: two micro-sessions on Monday count twice (rule 7)
        List<WeeklyAdherence.Week> weeks = WeeklyAdherence.series(3, sessions, THURSDAY, 3);

        assertEquals(
                List.of(MONDAY.minusWeeks(2), MONDAY.minusWeeks(1), MONDAY),
                weeks.stream().map(WeeklyAdherence.Week::weekStart).toList());
        assertEquals(
                List.of(0, 3, 3),
                weeks.stream().map(WeeklyAdherence.Week::sessions).toList());
        assertFalse(weeks.get(0).met());
        assertTrue(weeks.get(1).met());
        assertEquals(100, weeks.get(2).percent());
    }

    @Test
    void withoutAPrescriptionThereIsNoTarget() {
        WeeklyAdherence.Week week =
                WeeklyAdherence.series(null, List.of(THURSDAY), THURSDAY, 1).get(0);
        assertEquals(1, week.sessions());
        assertNull(week.prescribed());
        assertNull(week.percent());
        assertNull(week.met());
    }
}
