package org.motus.therapist.progression;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The therapist's answer to one week's progression suggestion: accepted (new version) or dismissed. */
@Entity
@Table(name = "progression_decision")
public class ProgressionDecision extends PanacheEntityBase {

    public enum Decision {
        ACCEPTED,
        DISMISSED
    }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "week_start", nullable = false)
    public LocalDate weekStart;

    @Column(name = "based_on_version", nullable = false)
    public int basedOnVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Progression.Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    @Column(name = "load_change_percent")
    public BigDecimal loadChangePercent;

    @Column(name = "resulting_version")
    public Integer resultingVersion;

    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public static Optional<ProgressionDecision> forWeek(UUID planId, LocalDate weekStart) {
        return find("planId = ?1 and weekStart = ?2", planId, weekStart).firstResultOptional();
    }
}
