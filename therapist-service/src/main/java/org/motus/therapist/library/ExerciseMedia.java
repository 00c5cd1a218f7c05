package org.motus.therapist.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A therapist's own demonstration video or image for a clinic exercise. The bytes are a PostgreSQL
 * large object ({@code content_oid}, read and written by {@link MediaStore}), so they are streamed
 * from any offset and never held whole in memory; the row holds what describes them.
 */
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

    /** The large object holding the bytes; a database trigger unlinks it when it is replaced or the row goes. */
    @Column(name = "content_oid", nullable = false)
    public long contentOid;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** What a listing shows about an upload, without touching its bytes. */
    public record Summary(UUID exerciseId, String contentType, int sizeBytes) {}

    /** What serving an upload needs: where its bytes are and how to describe them. */
    public record Stored(long contentOid, String contentType, long sizeBytes, Instant uploadedAt) {

        /** A strong validator: every upload gets a new large object and upload time. */
        public String etag() {
            return "\"" + Long.toHexString(contentOid) + "-" + Long.toHexString(sizeBytes) + "-"
                    + Long.toHexString(uploadedAt.toEpochMilli()) + "\"";
        }
    }

    public static List<Summary> summaries() {
        return getEntityManager()
                .createQuery(
                        "select new org.motus.therapist.library.ExerciseMedia$Summary(m.exerciseId, m.contentType, m.sizeBytes) from ExerciseMedia m",
                        Summary.class)
                .getResultList();
    }
}
