package org.motus.therapist.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A therapist's own demonstration video or image for a clinic exercise, stored in PostgreSQL (bytea). */
@Entity
@Table(name = "exercise_media")
public class ExerciseMedia extends PanacheEntityBase {

    @Id
    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** What a listing shows about an upload, without loading its bytes. */
    public record Summary(UUID exerciseId, String contentType, int sizeBytes) {
    }

    public static List<Summary> summaries() {
        return getEntityManager()
                .createQuery("select new org.motus.therapist.library.ExerciseMedia$Summary(m.exerciseId, m.contentType, m.sizeBytes) from ExerciseMedia m", Summary.class)
                .getResultList();
    }
}
