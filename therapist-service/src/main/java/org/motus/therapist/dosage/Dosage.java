package org.motus.therapist.dosage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How much of one item a patient does. Every field is optional in JSON; which ones an item needs
 * depends on its {@link ItemType} and is checked by {@link DosageRules}. Sessions per week are
 * {@code sessionsPerDay x daysPerWeek}; {@code weekdays}, when given, pins which days.
 */
@Schema(description = "Dosage of one item. Sessions per week = sessionsPerDay x daysPerWeek.")
public record Dosage(
        @Schema(nullable = true, description = "Sets (strength: 2-3), or repetitions of a hold")
        Integer sets,

        @Schema(nullable = true, description = "Repetitions per set (strength: 8-15)")
        Integer reps,

        @Schema(
                nullable = true,
                description = "External load in kg, two decimals at most; null for body weight or a band")
        BigDecimal loadKg,

        @Schema(nullable = true, description = "Static hold in seconds (stretching: 30-60)")
        Integer holdSeconds,

        @Schema(nullable = true, description = "Minutes per session (aerobic: at least 20 a day; 2 = a micro-session)")
        Integer durationMinutes,

        @Schema(nullable = true, description = "Sessions per day; default 1")
        Integer sessionsPerDay,

        @Schema(nullable = true, description = "Days per week, 1-7; default the number of weekdays given, else 7")
        Integer daysPerWeek,

        @Schema(nullable = true, description = "Which days; default spread evenly over the week")
        List<DayOfWeek> weekdays,

        @Schema(nullable = true, description = "Aerobic target zone, lower bound in % of max heart rate (65-75)")
        Integer targetZoneLowPercent,

        @Schema(nullable = true, description = "Aerobic target zone, upper bound in % of max heart rate (65-75)")
        Integer targetZoneHighPercent,

        @Schema(nullable = true, description = "Rest between sets in seconds")
        Integer restSeconds) {

    public static final int DEFAULT_SESSIONS_PER_DAY = 1;
    public static final int DAYS_IN_WEEK = 7;

    /** The same dosage with the defaults filled in: one session a day, every day (or the given weekdays). */
    public Dosage withDefaults() {
        Integer perDay = sessionsPerDay == null ? DEFAULT_SESSIONS_PER_DAY : sessionsPerDay;
        Integer days = daysPerWeek != null
                ? daysPerWeek
                : weekdays != null && !weekdays.isEmpty() ? weekdays.size() : DAYS_IN_WEEK;
        List<DayOfWeek> days0 = weekdays == null || weekdays.isEmpty()
                ? null
                : java.util.Collections.unmodifiableList(
                        new java.util.ArrayList<>(weekdays)); // may hold a null from JSON: DosageRules reports it
        return new Dosage(
                sets,
                reps,
                loadKg,
                holdSeconds,
                durationMinutes,
                perDay,
                days,
                days0,
                targetZoneLowPercent,
                targetZoneHighPercent,
                restSeconds);
    }

    public Dosage withLoadKg(BigDecimal newLoadKg) {
        return new Dosage(
                sets,
                reps,
                newLoadKg,
                holdSeconds,
                durationMinutes,
                sessionsPerDay,
                daysPerWeek,
                weekdays,
                targetZoneLowPercent,
                targetZoneHighPercent,
                restSeconds);
    }
}
