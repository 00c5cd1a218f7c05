package org.motus.therapist.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a plan. A DRAFT is edited in place; publishing freezes it for good (the database
 * refuses any later change). The patient sees the latest PUBLISHED version, the active one.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "change_note")
    public String changeNote;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static List<PlanVersion> history(UUID planId) {
        return list("planId = ?1 order by version", planId);
    }

    public static Optional<PlanVersion> draft(UUID planId) {
        return find("planId = ?1 and status = ?2", planId, Status.DRAFT).firstResultOptional();
    }

    public static Optional<PlanVersion> active(UUID planId) {
        return find("planId = ?1 and status = ?2 order by version desc", planId, Status.PUBLISHED)
                .firstResultOptional();
    }

    public static Optional<PlanVersion> number(UUID planId, int version) {
        return find("planId = ?1 and version = ?2", planId, version).firstResultOptional();
    }

    public static int next(UUID planId) {
        Integer max = getEntityManager()
                .createQuery("select max(v.version) from PlanVersion v where v.planId = ?1", Integer.class)
                .setParameter(1, planId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
