package org.motus.patient.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * clinical-rules.md §9, the expected course: first improvement in 2-4 weeks; 50-75 % pain reduction
 * in 6-8 weeks of adherence. Week 1 is the week the programme started.
 */
public final class ExpectedCourse {

    public static final int FIRST_IMPROVEMENT_FROM_WEEK = 2;
    public static final int FIRST_IMPROVEMENT_BY_WEEK = 4;
    public static final int TARGET_FROM_WEEK = 6;
    public static final int TARGET_BY_WEEK = 8;
    public static final int TARGET_REDUCTION_LOW_PERCENT = 50;
    public static final int TARGET_REDUCTION_HIGH_PERCENT = 75;

    /** How a week's reduction compares with the expected course. */
    @Schema(name = "CourseStatus") // the simple name is shared with another type: one schema would stand for both
    public enum Status {
        /** No reduction could be computed (no readings, or no baseline). */
        NO_DATA,
        /** No improvement yet, and none is expected yet. */
        TOO_EARLY,
        /** Improving, or the target reduction is reached. */
        ON_TRACK,
        /** Past week 4 without improvement, or past week 8 below 50 %. */
        BEHIND
    }

    private ExpectedCourse() {}

    public static Status assess(int weekNumber, Double reductionPercent) {
        if (weekNumber < 1) {
            throw new IllegalArgumentException("weekNumber starts at 1");
        }
        if (reductionPercent == null) {
            return Status.NO_DATA;
        }
        if (reductionPercent >= TARGET_REDUCTION_LOW_PERCENT) {
            return Status.ON_TRACK;
        }
        if (weekNumber >= TARGET_BY_WEEK) {
            return Status.BEHIND;
        }
        if (reductionPercent > 0) {
            return Status.ON_TRACK;
        }
        return weekNumber >= FIRST_IMPROVEMENT_BY_WEEK ? Status.BEHIND : Status.TOO_EARLY;
    }
}
