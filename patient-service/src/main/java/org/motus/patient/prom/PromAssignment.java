package org.motus.patient.prom;

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
import org.motus.patient.prom.score.Instrument;
import org.motus.patient.prom.score.PromSchedule.Assigned;
import org.motus.patient.prom.score.PromSchedule.Reason;

/** A therapist asked the patient to answer an instrument now: on demand or for discharge (rule 19). */
@Entity
@Table(name = "prom_assignment")
public class PromAssignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Instrument instrument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    /** The newest assignment of the instrument the therapist has not withdrawn (answered or not). */
    static Optional<PromAssignment> newest(UUID patientId, Instrument instrument) {
        return find(
                        "patientId = ?1 and instrument = ?2 and withdrawnAt is null order by assignedAt desc",
                        patientId,
                        instrument)
                .firstResultOptional();
    }

    static List<PromAssignment> notWithdrawn(UUID patientId) {
        return list("patientId = ?1 and withdrawnAt is null order by assignedAt", patientId);
    }

    Assigned assigned() {
        return new Assigned(reason, assignedAt);
    }
}
