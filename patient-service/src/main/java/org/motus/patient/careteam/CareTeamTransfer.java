package org.motus.patient.careteam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A care team handed from one therapist to another, with the admin's note (never changed). */
@Entity
@Table(name = "care_team_transfer")
public class CareTeamTransfer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Column(name = "from_subject", nullable = false, updatable = false)
    public String fromSubject;

    @Column(name = "to_subject", nullable = false, updatable = false)
    public String toSubject;

    @Column(nullable = false, updatable = false)
    public String note;

    @Column(name = "transferred_by", nullable = false, updatable = false)
    public String transferredBy;

    @Column(name = "transferred_at", nullable = false, updatable = false)
    public Instant transferredAt;
}
