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

/**
 * Who read or changed (or tried to) which visit of which patient, when, and how it ended.
 * Append-only: the database refuses updates and deletes (V3).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    /** How an attempt ended; the same words as patient-service's and therapist-service's trails. */
    public enum Outcome {
        /** Done (and committed together with this row). */
        SUCCESS,
        /** The visit exists but is outside the caller's reach (answered 404). */
        DENIED,
        /** No visit with that id (answered 404). */
        NOT_FOUND,
        /** Allowed, but the work was refused or failed (a 409, a 403 for the role) and rolled back. */
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "occurred_at", updatable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", updatable = false)
    public String actorSubject;

    @Column(name = "actor_roles", updatable = false)
    public String actorRoles;

    @Column(updatable = false)
    public String action;

    @Column(name = "visit_id", updatable = false)
    public UUID visitId;

    @Column(name = "patient_id", updatable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Outcome outcome;

    @Column(updatable = false)
    public String detail;
}
