package org.motus.patient.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Weekly mean pain and its reduction against the patient's baseline (clinical-rules.md §9: progress
 * views show reduction against the baseline, compared with the expected course).
 */
public final class PainProgress {

    /** One pain reading on a local day. */
    public record Reading(LocalDate day, int pain) {
        public Reading {
            PainScale.require(pain, "pain");
        }
    }

    /**
     * @param meanPain         mean of the week's readings to one decimal, null for a week without readings
     * @param reductionPercent (baseline - mean) / baseline in percent to one decimal, null without a mean or a baseline above 0
     */
    @Schema(name = "ProgressWeek") // the simple name is shared with another type: one schema would stand for both
    public record Week(
            LocalDate weekStart,
            int weekNumber,
            int readings,
            @Schema(nullable = true) Double meanPain,
            @Schema(nullable = true) Double reductionPercent,
            ExpectedCourse.Status course) {}

    private PainProgress() {}

    /**
     * Every week from the programme's first week to the week holding {@code today}, oldest first,
     * at most {@code maxWeeks} (the newest ones).
     */
    public static List<Week> weekly(
            Integer baselinePain, List<Reading> readings, LocalDate programmeStart, LocalDate today, int maxWeeks) {
        LocalDate firstWeek = Weeks.startOf(programmeStart);
        LocalDate lastWeek = Weeks.startOf(today);
        if (lastWeek.isBefore(firstWeek)) {
            return List.of();
        }
        Map<LocalDate, int[]> sums = new TreeMap<>();
        for (Reading reading : readings) {
            int[] sum = sums.computeIfAbsent(Weeks.startOf(reading.day()), week -> new int[2]);
            sum[0] += reading.pain();
            sum[1]++;
        }
        // Only the weeks kept are built: a patient years into care has a hundred weeks or more before them, and a
        // stored check-in's flags ask for one (issue 18: building them all took about 0.1 ms of each stored check-in
        // once compiled, and a fifth of patient-service's CPU while the JIT had not yet compiled the loop).
        LocalDate oldestKept = lastWeek.minusWeeks(maxWeeks - 1L);
        List<Week> series = new ArrayList<>();
        for (LocalDate week = firstWeek.isBefore(oldestKept) ? oldestKept : firstWeek;
                !week.isAfter(lastWeek);
                week = week.plusWeeks(1)) {
            int[] sum = sums.getOrDefault(week, new int[2]);
            Double mean = sum[1] == 0 ? null : sum[0] / (double) sum[1];
            Double reduction = reduction(baselinePain, mean);
            int number = Weeks.number(firstWeek, week);
            series.add(new Week(
                    week,
                    number,
                    sum[1],
                    mean == null ? null : round1(mean),
                    reduction,
                    ExpectedCourse.assess(number, reduction)));
        }
        return series;
    }

    static Double reduction(Integer baselinePain, Double mean) {
        if (baselinePain == null || baselinePain <= 0 || mean == null) {
            return null;
        }
        return round1(100.0 * (baselinePain - mean) / baselinePain);
    }

    static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
