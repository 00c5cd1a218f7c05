package org.motus.patient.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded image, cleaned ({@link ImageCleaner}); attached to at most one message. */
@Entity
@Table(name = "message_image")
public class MessageImage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Column(name = "uploader_subject", nullable = false, updatable = false)
    public String uploaderSubject;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "width_px", nullable = false, updatable = false)
    public int widthPx;

    @Column(name = "height_px", nullable = false, updatable = false)
    public int heightPx;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] bytes;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;
}
