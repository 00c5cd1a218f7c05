package org.motus.patient.record;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One therapist on one patient's care team: the caseload relation. */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Embeddable
    public record Key(
            @Column(name = "patient_id") UUID patientId,
            @Column(name = "therapist_subject") String therapistSubject) implements Serializable {}

    public static boolean treats(String therapistSubject, UUID patientId) {
        return count("key.patientId = ?1 and key.therapistSubject = ?2", patientId, therapistSubject) > 0;
    }

    /** Adds the therapist to the care team; assigning twice changes nothing. */
    public static void assign(UUID patientId, String therapistSubject, Instant at) {
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into care_team_member (patient_id, therapist_subject, assigned_at) values (?1, ?2, ?3)
                        on conflict (patient_id, therapist_subject) do nothing""")
                .setParameter(1, patientId)
                .setParameter(2, therapistSubject)
                .setParameter(3, at)
                .executeUpdate();
    }

    public static boolean remove(UUID patientId, String therapistSubject) {
        return delete("key.patientId = ?1 and key.therapistSubject = ?2", patientId, therapistSubject) > 0;
    }

    public static List<CareTeamMember> ofPatient(UUID patientId) {
        return list("key.patientId = ?1 order by assignedAt, key.therapistSubject", patientId);
    }

    public static List<UUID> caseloadOf(String therapistSubject) {
        return Panache.getEntityManager()
                .createQuery(
                        "select m.key.patientId from CareTeamMember m where m.key.therapistSubject = ?1", UUID.class)
                .setParameter(1, therapistSubject)
                .getResultList();
    }
}
