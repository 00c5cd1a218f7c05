package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectedCourseTest {

    @ParameterizedTest(name = "week {0}, reduction {1} % -> {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "1, 0, TOO_EARLY",
                "3, 0, TOO_EARLY",
                "3, 5, ON_TRACK",
                "4, 0, BEHIND", // no first improvement by week 4
                "4, 0.1, ON_TRACK",
                "7, 30, ON_TRACK", // still inside the 6-8 week window
                "8, 49.9, BEHIND", // the 50 % target not reached by week 8
                "8, 50, ON_TRACK",
                "12, 75, ON_TRACK",
                "2, -10, TOO_EARLY",
                "5, none, NO_DATA"
            })
    void weeksAreComparedWithTheExpectedCourse(int week, Double reduction, ExpectedCourse.Status expected) {
        assertEquals(expected, ExpectedCourse.assess(week, reduction));
    }
}
