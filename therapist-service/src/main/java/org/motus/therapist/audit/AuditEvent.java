package org.motus.therapist.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt on a patient's plans. Append-only: the database refuses updates and deletes. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    public String actorRoles;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "patient_id", updatable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AuditOutcome outcome;

    @Column(updatable = false)
    public String detail;
}
