package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeartRateTest {

    @ParameterizedTest(name = "age {0} -> {1} bpm")
    @CsvSource({"0, 208", "20, 194", "47, 175", "56, 169", "65, 163", "100, 138", "1, 207", "2, 207", "3, 206"})
    void tanakaRounded(int age, int expected) {
        assertEquals(expected, MaxHeartRate.tanaka(age));
    }

    @Test
    void ageFromTheDateOfBirthOnTheDay() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertEquals(175, MaxHeartRate.on(LocalDate.of(1979, 11, 26), today)); // 47 today
        assertEquals(176, MaxHeartRate.on(LocalDate.of(1979, 11, 27), today)); // 46 until tomorrow
        assertNull(MaxHeartRate.on(null, today));
        assertThrows(IllegalArgumentException.class, () -> MaxHeartRate.tanaka(-1));
    }

    @ParameterizedTest(name = "{1} % of {0} -> {2}")
    @CsvSource({"175, 80, 140", "169, 80, 135", "176, 80, 141", "100, 50, 50", "171, 50, 86", "161, 50, 81"})
    void percentOfTheMaximumRounded(int max, int percent, int expected) {
        assertEquals(expected, MaxHeartRate.percentOf(max, percent));
    }

    @ParameterizedTest(name = "max {0}, fibro {1}, zone {2} %, avg {3}, peak {4} -> {5}")
    @CsvSource(
            nullValues = "none",
            value = {
                // issue 12: fibromyalgia, cap 140 (max 175), 172 bpm -> above the cap
                "175, true, none, 150, 172, ABOVE_CAP, 140, none",
                "175, true, none, 120, 140, WITHIN, 140, none", // peak exactly at the cap
                "175, true, none, 120, 141, ABOVE_CAP, 140, none", // one above
                "175, true, none, 141, none, ABOVE_CAP, 140, none", // no peak: the average decides
                "175, true, none, 140, none, WITHIN, 140, none",
                "175, false, none, 150, 172, WITHIN, none, none", // no cap without fibromyalgia, no zone
                "175, false, 70, 123, 160, WITHIN, none, 123", // average at 70 % (122.5 -> 123)
                "175, false, 70, 122, 160, WITHIN, none, 123",
                "175, false, 70, 124, 160, ABOVE_ZONE, none, 123",
                "175, false, 70, none, 124, ABOVE_ZONE, none, 123", // no average: the peak decides
                "175, false, 70, none, 123, WITHIN, none, 123",
                "175, true, 70, 125, 130, ABOVE_ZONE, 140, 123", // within the cap but above the zone
                "none, true, 70, 125, 180, NO_DATE_OF_BIRTH, none, none",
                "175, true, 70, none, none, NOT_RECORDED, 140, 123",
                "none, false, none, none, none, NOT_RECORDED, none, none"
            })
    void capThenZone(
            Integer max,
            boolean fibromyalgia,
            Integer zoneHigh,
            Integer average,
            Integer peak,
            HeartRateCheck.Outcome outcome,
            Integer cap,
            Integer zoneHighBpm) {
        HeartRateCheck.Result result = HeartRateCheck.check(max, fibromyalgia, zoneHigh, average, peak);
        assertEquals(outcome, result.outcome());
        assertEquals(cap, result.capBpm());
        assertEquals(zoneHighBpm, result.zoneHighBpm());
        assertEquals(outcome == HeartRateCheck.Outcome.NO_DATE_OF_BIRTH ? null : max, result.maxHeartRateBpm());
    }
}
