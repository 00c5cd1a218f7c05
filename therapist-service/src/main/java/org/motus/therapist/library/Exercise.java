package org.motus.therapist.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.motus.therapist.dosage.Condition;
import org.motus.therapist.dosage.DosageColumns;
import org.motus.therapist.dosage.ItemType;

/**
 * A library exercise: what to do, for which regions, what people get wrong, when not to do it,
 * a default dosage and a demonstration. Built-in (seeded) exercises are read-only.
 */
@Entity
@Table(name = "exercise")
public class Exercise extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Pillar pillar;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    public ExerciseKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> regions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> instructions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "common_mistakes", nullable = false)
    public List<String> commonMistakes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contraindications", nullable = false)
    public List<String> contraindications;

    /** Patient conditions the contraindications apply to (clinical-rules.md §20), matched against the patient's. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contraindicated_conditions", nullable = false)
    public List<String> contraindicatedConditions;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "sets", column = @Column(name = "default_sets")),
        @AttributeOverride(name = "reps", column = @Column(name = "default_reps")),
        @AttributeOverride(name = "loadKg", column = @Column(name = "default_load_kg")),
        @AttributeOverride(name = "holdSeconds", column = @Column(name = "default_hold_seconds")),
        @AttributeOverride(name = "durationMinutes", column = @Column(name = "default_duration_minutes")),
        @AttributeOverride(name = "sessionsPerDay", column = @Column(name = "default_sessions_per_day")),
        @AttributeOverride(name = "daysPerWeek", column = @Column(name = "default_days_per_week")),
        @AttributeOverride(name = "weekdays", column = @Column(name = "default_weekdays")),
        @AttributeOverride(name = "targetZoneLowPercent", column = @Column(name = "default_target_zone_low_percent")),
        @AttributeOverride(name = "targetZoneHighPercent", column = @Column(name = "default_target_zone_high_percent")),
        @AttributeOverride(name = "restSeconds", column = @Column(name = "default_rest_seconds"))
    })
    public DosageColumns defaultDosage;

    /** File name (without .svg) of a shipped illustration, see {@link Illustrations}. */
    @Column(name = "illustration")
    public String illustration;

    /** An external https demonstration (e.g. a clinic's video host). */
    @Column(name = "media_url")
    public String mediaUrl;

    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    @Column(name = "created_by")
    public String createdBy;

    /** The name of the therapist who added a clinic exercise, as their token said; null for built-in ones. */
    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ItemType itemType() {
        return switch (pillar) {
            case EXERCISE -> kind == ExerciseKind.AEROBIC ? ItemType.AEROBIC : ItemType.STRENGTH;
            case STRETCHING -> ItemType.STRETCHING;
            case RESTORATION -> ItemType.RESTORATION;
        };
    }

    public Set<Condition> contraindicatedConditionSet() {
        return contraindicatedConditions == null
                ? Set.of()
                : contraindicatedConditions.stream()
                        .map(Condition::parse)
                        .filter(c -> c != Condition.OTHER)
                        .collect(Collectors.toSet());
    }

    public static List<Exercise> inLibraryOrder() {
        return list("order by pillar, name");
    }
}
