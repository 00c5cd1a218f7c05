package org.motus.therapist.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What a therapist prescribes to one patient: a series of versions (see {@link PlanVersion}). */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    /** patient-service's id of the patient; that service owns who treats whom. */
    @Column(name = "patient_id", nullable = false, unique = true)
    public UUID patientId;

    @Column(nullable = false)
    public String title;

    @Column(name = "protocol_id")
    public UUID protocolId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Plan> forPatient(UUID patientId) {
        return find("patientId", patientId).firstResultOptional();
    }
}
