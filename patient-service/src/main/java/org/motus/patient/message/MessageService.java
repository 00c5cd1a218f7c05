package org.motus.patient.message;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Earlier;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.problem.PatientProblems;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.rules.MessageRedFlags;
import org.motus.patient.rules.RedFlag;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.search.PageRequest;

/**
 * Secure messages (issue 14): one thread per patient with their care team (every therapist on it).
 * Every operation goes through {@link PatientAccess} with the access table's message actions, so the
 * record's rules hold (the patient their own thread, a therapist their caseload's, an admin none: 403,
 * outside reach 404) and every read and write is audited.
 */
@ApplicationScoped
public class MessageService {

    private final PatientAccess access;
    private final Idempotency idempotency;
    private final Event<MessageStored> stored;
    private final Clock clock;

    public MessageService(PatientAccess access, Idempotency idempotency, Event<MessageStored> stored, Clock clock) {
        this.access = access;
        this.idempotency = idempotency;
        this.stored = stored;
        this.clock = clock;
    }

    public PageRequest.Paged<MessageView> thread(Caller caller, UUID patientId, PageRequest page) {
        return access.perform(caller, patientId, Action.READ_MESSAGES, patient -> {
            PageRequest.Paged<Message> latest = Message.latest(patientId, page);
            return new PageRequest.Paged<>(views(caller, latest.items()), latest.next());
        });
    }

    public Stored<MessageView> send(Caller caller, UUID patientId, String idempotencyKey, MessageRequest request) {
        return access.perform(
                caller,
                patientId,
                Action.SEND_MESSAGE,
                patient -> idempotency.write(
                        idempotencyKey,
                        request,
                        "message",
                        key -> Message.byKey(patientId, key)
                                .map(earlier -> new Earlier<>(
                                        earlier.requestFingerprint,
                                        () -> views(caller, List.of(earlier)).get(0))),
                        fingerprint -> insert(caller, patient, idempotencyKey, fingerprint, request)));
    }

    public ImageView upload(Caller caller, UUID patientId, byte[] upload) {
        return access.perform(caller, patientId, Action.SEND_MESSAGE, patient -> {
            ImageCleaner.Cleaned cleaned = ImageCleaner.clean(upload);
            MessageImage image = new MessageImage();
            image.id = UUID.randomUUID();
            image.patientId = patientId;
            image.uploaderSubject = caller.subject();
            image.contentType = cleaned.kind().contentType;
            image.widthPx = cleaned.widthPx();
            image.heightPx = cleaned.heightPx();
            image.bytes = cleaned.bytes();
            image.uploadedAt = clock.instant();
            image.persist();
            return view(image, cleaned.bytes().length);
        });
    }

    /** An image of the thread: one sent in a message, or one the caller uploaded and has not sent yet. */
    public Image image(Caller caller, UUID patientId, UUID imageId) {
        return access.perform(caller, patientId, Action.READ_MESSAGES, patient -> {
            MessageImage image = MessageImage.findById(imageId);
            boolean visible = image != null
                    && image.patientId.equals(patientId)
                    && (image.uploaderSubject.equals(caller.subject()) || Message.count("imageId", imageId) > 0);
            if (!visible) {
                throw new NotFound("No image " + imageId + ".");
            }
            return new Image(image.id, ImageCleaner.Kind.ofContentType(image.contentType), image.bytes);
        });
    }

    /** An image's bytes, ready to serve. */
    public record Image(UUID id, ImageCleaner.Kind kind, byte[] bytes) {}

    /** Read receipts: the caller has read the thread up to {@code upTo}; answers the caller's unread count. */
    public ThreadUnread markRead(Caller caller, UUID patientId, ReadUpTo request) {
        return access.perform(caller, patientId, Action.MARK_MESSAGES_READ, patient -> {
            Message upTo = Message.findById(request.upTo());
            if (upTo == null || !upTo.patientId.equals(patientId)) {
                throw new NotFound("No message " + request.upTo() + " in this thread.");
            }
            em().createNativeQuery("""
                            insert into message_read (message_id, reader_subject, reader_name, reader_role, read_at)
                            select m.id, ?1, ?2, ?3, ?4 from message m
                            where m.patient_id = ?5 and m.author_subject <> ?1
                              and (m.sent_at < ?6 or (m.sent_at = ?6 and m.id <= ?7))
                            on conflict (message_id, reader_subject) do nothing""")
                    .setParameter(1, caller.subject())
                    .setParameter(2, caller.displayName())
                    .setParameter(3, roleIn(caller, patient).name())
                    .setParameter(4, clock.instant())
                    .setParameter(5, patientId)
                    .setParameter(6, upTo.sentAt)
                    .setParameter(7, upTo.id)
                    .executeUpdate();
            return unread(caller.subject(), List.of(patient)).get(0);
        });
    }

    /** The caller's unread counts: their own thread (a patient), their caseload's (a therapist). No content. */
    @Transactional
    public UnreadMessages unread(Caller caller) {
        List<Patient> patients = new ArrayList<>();
        if (caller.is(Caller.PATIENT)) {
            Patient.<Patient>find("subject", caller.subject())
                    .firstResultOptional()
                    .ifPresent(patients::add);
        }
        if (caller.is(Caller.THERAPIST)) {
            patients.addAll(Patient.<Patient>list(
                    "id in (select c.key.patientId from CareTeamMember c where c.key.therapistSubject = ?1)"
                            + " order by displayName, id",
                    caller.subject()));
        }
        List<ThreadUnread> threads = patients.isEmpty() ? List.of() : unread(caller.subject(), patients);
        return new UnreadMessages(
                threads.stream().mapToInt(ThreadUnread::unread).sum(), threads);
    }

    private List<ThreadUnread> unread(String reader, List<Patient> patients) {
        Map<UUID, Patient> byId = new LinkedHashMap<>();
        patients.forEach(p -> byId.put(p.id, p));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("""
                        select m.patient_id,
                               count(*) filter (where m.author_subject <> ?1 and not exists (
                                   select 1 from message_read r where r.message_id = m.id and r.reader_subject = ?1)),
                               max(m.sent_at)
                        from message m where m.patient_id in (?2) group by m.patient_id""")
                .setParameter(1, reader)
                .setParameter(2, List.copyOf(byId.keySet()))
                .getResultList();
        Map<UUID, Object[]> byPatient = new LinkedHashMap<>();
        rows.forEach(row -> byPatient.put((UUID) row[0], row));
        return byId.values().stream()
                .map(p -> {
                    Object[] row = byPatient.get(p.id);
                    return row == null
                            ? new ThreadUnread(p.id, p.displayName, 0, null)
                            : new ThreadUnread(p.id, p.displayName, ((Number) row[1]).intValue(), instant(row[2]));
                })
                .toList();
    }

    private Optional<MessageView> insert(
            Caller caller, Patient patient, String idempotencyKey, String fingerprint, MessageRequest request) {
        String text = MessageText.clean(request.text());
        if (text.isEmpty() && request.imageId() == null && request.exerciseRef() == null) {
            throw new BadRequestException("Write a message, or attach an image or an exercise.");
        }
        if (request.imageId() != null) {
            MessageImage image = MessageImage.findById(request.imageId());
            if (image == null
                    || !image.patientId.equals(patient.id)
                    || !image.uploaderSubject.equals(caller.subject())) {
                throw new NotFound(PatientProblems.IMAGE_NOT_YOURS, String.valueOf(request.imageId()));
            }
            if (Message.count("imageId", request.imageId()) > 0) {
                throw new Conflict(PatientProblems.IMAGE_SENT_ALREADY);
            }
        }
        UUID id = UUID.randomUUID();
        AuthorRole role = roleIn(caller, patient);
        int inserted = em().createNativeQuery("""
                        insert into message (id, patient_id, author_subject, author_name, author_role, body,
                                             exercise_ref, image_id, sent_at, idempotency_key, request_fingerprint)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        on conflict (patient_id, idempotency_key) do nothing""")
                .setParameter(1, id)
                .setParameter(2, patient.id)
                .setParameter(3, caller.subject())
                .setParameter(4, caller.displayName())
                .setParameter(5, role.name())
                .setParameter(6, text)
                .setParameter(7, request.exerciseRef())
                .setParameter(8, request.imageId())
                .setParameter(9, clock.instant())
                .setParameter(10, idempotencyKey)
                .setParameter(11, fingerprint)
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        Message message = Message.findById(id);
        stored.fire(new MessageStored(patient, id, caller.subject(), role));
        return Optional.of(views(caller, List.of(message)).get(0));
    }

    /** The patient writes as PATIENT; anyone else who got this far is a therapist of the care team. */
    private static AuthorRole roleIn(Caller caller, Patient patient) {
        return caller.is(Caller.PATIENT) && caller.subject().equals(patient.subject)
                ? AuthorRole.PATIENT
                : AuthorRole.THERAPIST;
    }

    private List<MessageView> views(Caller caller, List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = messages.stream().map(m -> m.id).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> reads = em().createNativeQuery("""
                        select message_id, reader_name, reader_role, read_at from message_read
                        where message_id in (?1) order by read_at, reader_name""").setParameter(1, ids).getResultList();
        Map<UUID, List<ReadReceipt>> receipts = new LinkedHashMap<>();
        for (Object[] row : reads) {
            receipts.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new ReadReceipt((String) row[1], AuthorRole.valueOf((String) row[2]), instant(row[3])));
        }
        Map<UUID, ImageView> images = new LinkedHashMap<>();
        List<UUID> imageIds = messages.stream()
                .map(m -> m.imageId)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (!imageIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                    em().createNativeQuery("""
                            select id, content_type, width_px, height_px, octet_length(bytes)
                            from message_image where id in (?1)""").setParameter(1, imageIds).getResultList();
            for (Object[] row : rows) {
                images.put(
                        (UUID) row[0],
                        new ImageView(
                                (UUID) row[0],
                                (String) row[1],
                                ((Number) row[2]).intValue(),
                                ((Number) row[3]).intValue(),
                                ((Number) row[4]).intValue()));
            }
        }
        return messages.stream()
                .map(m -> {
                    Set<RedFlag> mentioned = MessageRedFlags.toAsk(m.authorRole == AuthorRole.PATIENT, m.body);
                    return new MessageView(
                            m.id,
                            m.patientId,
                            m.authorRole,
                            m.authorName,
                            m.authorSubject.equals(caller.subject()),
                            m.body,
                            m.exerciseRef,
                            m.imageId == null ? null : images.get(m.imageId),
                            m.sentAt,
                            receipts.getOrDefault(m.id, List.of()),
                            List.copyOf(mentioned),
                            !mentioned.isEmpty());
                })
                .toList();
    }

    private static ImageView view(MessageImage image, int sizeBytes) {
        return new ImageView(image.id, image.contentType, image.widthPx, image.heightPx, sizeBytes);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
