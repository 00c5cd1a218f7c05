package org.motus.patient.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.ExpectedCourse;
import org.motus.patient.rules.PainProgress;

/** Weekly mean resting pain (BEFORE and DAILY readings) against the baseline, with the expected course. */
public record ProgressView(
        UUID patientId,

        @Schema(description = "The patient's IANA time zone (rule 18), whoever is looking")
        String zone,

        @Schema(nullable = true, description = "The record's baseline pain (0-10), or null")
        Integer baselinePain,

        @Schema(nullable = true, description = "Day of the first check-in or session, or null before any")
        LocalDate programmeStart,

        @Schema(description = "Oldest week first; week 1 is the week the programme started")
        List<PainProgress.Week> weeks,

        Course expectedCourse) {

    /** clinical-rules.md §9, for the chart to draw. */
    public record Course(
            int firstImprovementFromWeek,
            int firstImprovementByWeek,
            int targetFromWeek,
            int targetByWeek,
            int targetReductionLowPercent,
            int targetReductionHighPercent) {
        static final Course RULE_9 = new Course(
                ExpectedCourse.FIRST_IMPROVEMENT_FROM_WEEK,
                ExpectedCourse.FIRST_IMPROVEMENT_BY_WEEK,
                ExpectedCourse.TARGET_FROM_WEEK,
                ExpectedCourse.TARGET_BY_WEEK,
                ExpectedCourse.TARGET_REDUCTION_LOW_PERCENT,
                ExpectedCourse.TARGET_REDUCTION_HIGH_PERCENT);
    }
}
