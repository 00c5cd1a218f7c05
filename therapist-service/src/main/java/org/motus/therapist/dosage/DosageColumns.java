package org.motus.therapist.dosage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A {@link Dosage} as table columns, shared by protocol items, plan items and exercise defaults. */
@Embeddable
public class DosageColumns {

    @Column(name = "sets")
    public Integer sets;

    @Column(name = "reps")
    public Integer reps;

    @Column(name = "load_kg", precision = 6, scale = 2)
    public BigDecimal loadKg;

    @Column(name = "hold_seconds")
    public Integer holdSeconds;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(name = "sessions_per_day", nullable = false)
    public Integer sessionsPerDay;

    @Column(name = "days_per_week", nullable = false)
    public Integer daysPerWeek;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "weekdays")
    public List<String> weekdays;

    @Column(name = "target_zone_low_percent")
    public Integer targetZoneLowPercent;

    @Column(name = "target_zone_high_percent")
    public Integer targetZoneHighPercent;

    @Column(name = "rest_seconds")
    public Integer restSeconds;

    public static DosageColumns of(Dosage dosage) {
        Dosage d = dosage.withDefaults();
        DosageColumns columns = new DosageColumns();
        columns.sets = d.sets();
        columns.reps = d.reps();
        columns.loadKg = d.loadKg();
        columns.holdSeconds = d.holdSeconds();
        columns.durationMinutes = d.durationMinutes();
        columns.sessionsPerDay = d.sessionsPerDay();
        columns.daysPerWeek = d.daysPerWeek();
        columns.weekdays = d.weekdays() == null
                ? null
                : d.weekdays().stream().map(DayOfWeek::name).toList();
        columns.targetZoneLowPercent = d.targetZoneLowPercent();
        columns.targetZoneHighPercent = d.targetZoneHighPercent();
        columns.restSeconds = d.restSeconds();
        return columns;
    }

    public Dosage toDosage() {
        List<DayOfWeek> days = weekdays == null
                ? null
                : weekdays.stream().map(DayOfWeek::valueOf).toList();
        return new Dosage(
                sets,
                reps,
                loadKg,
                holdSeconds,
                durationMinutes,
                sessionsPerDay,
                daysPerWeek,
                days,
                targetZoneLowPercent,
                targetZoneHighPercent,
                restSeconds);
    }
}
