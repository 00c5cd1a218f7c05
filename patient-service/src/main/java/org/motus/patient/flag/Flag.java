package org.motus.patient.flag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.motus.patient.rules.Severity;

/** A session that broke a rule, raised for the treating therapist until acknowledged. */
@Entity
@Table(name = "flag")
public class Flag extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    /** The session that broke a rule, or null (a check-in's or a trend's flag). */
    @Column(name = "session_id", updatable = false)
    public UUID sessionId;

    /** The check-in that raised it (red flag, high daily pain), or null. */
    @Column(name = "check_in_id", updatable = false)
    public UUID checkInId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Severity severity;

    /** For RED_FLAG: the codes, comma-separated; "" for other kinds. */
    @Column(name = "red_flags", nullable = false, updatable = false)
    public String redFlags = "";

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

    public static List<Flag> openOf(UUID patientId) {
        return list("patientId = ?1 and acknowledgedAt is null order by raisedAt, id", patientId);
    }
}
