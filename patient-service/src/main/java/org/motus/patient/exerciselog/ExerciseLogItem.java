package org.motus.patient.exerciselog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** One programme item as the patient actually did it. */
@Embeddable
public class ExerciseLogItem {

    @Column(name = "plan_item_id")
    public UUID planItemId;

    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Column
    public Integer sets;

    @Column
    public Integer reps;

    @Column(name = "load_kg")
    public BigDecimal loadKg;

    @Column(name = "hold_seconds")
    public Integer holdSeconds;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    /** The item's prescribed heart-rate zone, percent of the estimated maximum (rule 14). */
    @Column(name = "target_zone_low_percent")
    public Integer targetZoneLowPercent;

    @Column(name = "target_zone_high_percent")
    public Integer targetZoneHighPercent;
}
