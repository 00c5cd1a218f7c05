package org.motus.patient.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motus.problem.search.PageRequest;

/** One message of a patient's thread with their care team. Never changed once stored. */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Column(name = "author_subject", nullable = false, updatable = false)
    public String authorSubject;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, updatable = false)
    public AuthorRole authorRole;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "exercise_ref", updatable = false)
    public String exerciseRef;

    @Column(name = "image_id", updatable = false)
    public UUID imageId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "request_fingerprint", updatable = false)
    public String requestFingerprint;

    static Optional<Message> byKey(UUID patientId, String key) {
        return find("patientId = ?1 and idempotencyKey = ?2", patientId, key).firstResultOptional();
    }

    /**
     * The thread's latest messages before the cursor, oldest first; the next page holds the older
     * ones (ADR 0044).
     */
    static PageRequest.Paged<Message> latest(UUID patientId, PageRequest page) {
        List<Message> newestFirst = find(
                        "patientId = :patient and " + page.keyset("sentAt", false) + " order by sentAt desc, id desc",
                        page.parameters(java.util.Map.of("patient", patientId)))
                .page(0, page.rowsToRead())
                .list();
        PageRequest.Paged<Message> paged = page.cut(newestFirst, m -> m.sentAt, m -> m.id);
        List<Message> oldestFirst = new ArrayList<>(paged.items());
        Collections.reverse(oldestFirst);
        return new PageRequest.Paged<>(oldestFirst, paged.next());
    }
}
