package org.motus.patient.flag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A session that broke a rule, raised for the treating therapist until acknowledged. */
@Entity
@Table(name = "flag")
public class Flag extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Column(name = "session_id", nullable = false, updatable = false)
    public UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FlagKind kind;

    @Column(nullable = false, updatable = false)
    public String detail;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public Instant raisedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    public static long openFor(UUID patientId) {
        return count("patientId = ?1 and acknowledgedAt is null", patientId);
    }
}
