package org.motus.patient.careteam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One therapist on one patient's care team. */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Embeddable
    public record Key(@Column(name = "patient_id") UUID patientId,
                      @Column(name = "therapist_subject") String therapistSubject) implements Serializable {
    }

    public static boolean treats(String therapistSubject, UUID patientId) {
        return count("key.patientId = ?1 and key.therapistSubject = ?2", patientId, therapistSubject) > 0;
    }
}
