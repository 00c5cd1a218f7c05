package org.motus.gateway.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who read or changed (or tried to) which visit's clinical note, when, and whether it was allowed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    public enum Outcome {
        ALLOWED,
        DENIED
    }

    @Id
    public UUID id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_roles")
    public String actorRoles;

    public String action;

    @Column(name = "visit_id")
    public UUID visitId;

    @Column(name = "patient_id")
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;
}
