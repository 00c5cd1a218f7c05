package org.motus.patient.consent;

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

/** One decision on one version of a consent text; append-only (a trigger refuses updates and deletes). */
@Entity
@Table(name = "consent_decision")
public class ConsentDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConsentKind kind;

    @Column(name = "text_version", nullable = false, updatable = false)
    public String textVersion;

    @Column(name = "text_sha256", nullable = false, updatable = false)
    public String textSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConsentDecisionKind decision;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;

    /** The Keycloak subject that decided (the patient themself). */
    @Column(name = "decided_by", nullable = false, updatable = false)
    public String decidedBy;

    /** The browser that sent it (User-Agent), at most 300 characters, or null. */
    @Column(updatable = false)
    public String client;

    /**
     * When the patient's consent of one kind was given and taken back: each decision, oldest first, as
     * accepted or not (§22: remote monitoring counts only days recorded while it was in force).
     */
    public static List<Instant> acceptedAt(UUID patientId, ConsentKind kind) {
        return changes(patientId, kind, true);
    }

    /** The moments the patient declined or withdrew a consent of one kind, oldest first. */
    public static List<Instant> refusedAt(UUID patientId, ConsentKind kind) {
        return changes(patientId, kind, false);
    }

    private static List<Instant> changes(UUID patientId, ConsentKind kind, boolean accepted) {
        return ConsentDecision.<ConsentDecision>list(
                        "patientId = ?1 and kind = ?2 order by decidedAt, id", patientId, kind)
                .stream()
                .filter(decision -> (decision.decision == ConsentDecisionKind.ACCEPTED) == accepted)
                .map(decision -> decision.decidedAt)
                .toList();
    }

    /** Every decision of a patient, newest first. */
    static List<ConsentDecision> history(UUID patientId) {
        return list("patientId = ?1 order by decidedAt desc, id", patientId);
    }
}
