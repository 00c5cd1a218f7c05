package org.motus.patient.checkin;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.config.MotusConfig;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Earlier;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.language.RequestLanguage;
import org.motus.patient.problem.PatientProblems;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.rules.Advice;
import org.motus.patient.rules.FollowUpWindow;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.validation.QueryParams.Range;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.RuleViolation;
import org.motus.problem.search.PageRequest;

@ApplicationScoped
public class CheckInService {

    private final PatientAccess access;
    private final LoggedSessions sessions;
    private final Idempotency idempotency;
    private final Event<CheckInRecorded> recorded;
    private final Clock clock;
    private final RequestLanguage language;
    private final MotusConfig config;

    public CheckInService(
            PatientAccess access,
            LoggedSessions sessions,
            Idempotency idempotency,
            Event<CheckInRecorded> recorded,
            Clock clock,
            MotusConfig config,
            RequestLanguage language) {
        this.access = access;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.recorded = recorded;
        this.clock = clock;
        this.config = config;
        this.language = language;
    }

    /**
     * Stores a check-in. With an Idempotency-Key, a retry returns the first result and stores
     * nothing (the database's unique key per patient settles a race between two retries); the
     * same key with a different request is a conflict. A FOLLOW_UP must fall in its session's
     * window (rule 12): before the session ended or before the window opens it is refused (422),
     * after the window it is stored as late. A reading linked to a session re-evaluates the
     * session's rules; red flags and resting pain may raise flags, all in this transaction.
     */
    public Recorded record(Caller caller, UUID patientId, String idempotencyKey, CheckInRequest request) {
        return record(caller, patientId, idempotencyKey, request, Action.RECORD_CHECK_IN);
    }

    /**
     * The same, under another action: {@code IMPORT_OBSERVATION} (FHIR) lets the treating therapist's
     * system post a reading too; everything after the access check is the same.
     */
    public Recorded record(
            Caller caller, UUID patientId, String idempotencyKey, CheckInRequest request, Action action) {
        return access.perform(caller, patientId, action, patient -> {
            String fingerprint = idempotency.fingerprint(request);
            // One writing check-in at a time per patient, so two identical ones at once cannot both miss each other:
            // the second looks once it holds the lock, and as each statement reads what has committed by then
            // (READ COMMITTED), it finds the first. The lock comes first, before the one look (issue 18: a look
            // before the lock as well cost a new check-in two more queries); a retry or a copy is answered from what
            // is stored and writes nothing but its audit row.
            Panache.getEntityManager().lock(patient, LockModeType.PESSIMISTIC_WRITE);
            Optional<Recorded> stored = alreadyStored(patient, idempotencyKey, fingerprint);
            if (stored.isPresent()) {
                return stored.get();
            }
            return new Recorded(
                    idempotency.insert(
                            idempotencyKey,
                            fingerprint,
                            "check-in",
                            key -> earlier(patient, key),
                            requestFingerprint ->
                                    insert(patient, idempotencyKey, requestFingerprint, fingerprint, request)),
                    null);
        });
    }

    /**
     * The answer when nothing is to be written: the check-in stored under this Idempotency-Key
     * (repeated, or 409 when the request differs), else the same content recorded within
     * {@link Idempotency#DUPLICATE_WINDOW} under another key or none; empty when this one is new.
     * Both are looked for in one query (issue 18).
     *
     * @param fingerprint the request's: its content and, with a key, what a retry must match
     */
    private Optional<Recorded> alreadyStored(Patient patient, String idempotencyKey, String fingerprint) {
        Instant since = clock.instant().minus(Idempotency.DUPLICATE_WINDOW);
        List<CheckIn> earlier = CheckIn.byKeyOrSameContentSince(patient.id, idempotencyKey, fingerprint, since);
        Optional<Stored<CheckInView>> repeated = idempotency.repeat(
                idempotencyKey,
                fingerprint,
                "check-in",
                key -> earlier.stream()
                        .filter(checkIn -> key.equals(checkIn.idempotencyKey))
                        .findFirst()
                        .map(byKey -> earlier(patient, byKey)));
        if (repeated.isPresent()) {
            return Optional.of(new Recorded(repeated.get(), null));
        }
        // Newest first: the first with this content recorded since then is the twin.
        return earlier.stream()
                .filter(checkIn ->
                        fingerprint.equals(checkIn.contentFingerprint) && !checkIn.recordedAt.isBefore(since))
                .findFirst()
                .map(twin ->
                        new Recorded(new Stored<>(views(patient, List.of(twin)).get(0), true), twin.id));
    }

    private Optional<Earlier<CheckInView>> earlier(Patient patient, String idempotencyKey) {
        return CheckIn.byKey(patient.id, idempotencyKey).map(earlier -> earlier(patient, earlier));
    }

    private Earlier<CheckInView> earlier(Patient patient, CheckIn earlier) {
        return new Earlier<>(
                earlier.requestFingerprint,
                () -> views(patient, List.of(earlier)).get(0));
    }

    /**
     * What a check-in did: stored (or replayed under its Idempotency-Key), or found the same content
     * sent within {@link Idempotency#DUPLICATE_WINDOW} under another key or none ({@code duplicateOf} names it).
     */
    public record Recorded(Stored<CheckInView> stored, UUID duplicateOf) {}

    public PageRequest.Paged<CheckInView> list(Caller caller, UUID patientId, Range range, PageRequest page) {
        return access.perform(caller, patientId, Action.READ_CHECK_INS, patient -> {
            PageRequest.Paged<CheckIn> rows = CheckIn.page(patientId, range.from(), range.to(), page);
            return new PageRequest.Paged<>(views(patient, rows.items()), rows.next());
        });
    }

    /** Stores the check-in, or answers empty when a concurrent retry with the same key committed first. */
    private Optional<CheckInView> insert(
            Patient patient, String idempotencyKey, String fingerprint, String content, CheckInRequest request) {
        UUID patientId = patient.id;
        Instant now = clock.instant();
        Instant occurredAt = request.occurredAt() != null ? request.occurredAt() : now;
        Boolean late = null;
        if (request.sessionId() != null) {
            Instant sessionEnded = sessions.endedAt(patientId, request.sessionId())
                    .orElseThrow(() -> new NotFound(PatientProblems.NO_SESSION, String.valueOf(request.sessionId())));
            if (CheckIn.count("sessionId = ?1 and kind = ?2", request.sessionId(), request.kind()) > 0) {
                throw new Conflict(PatientProblems.CHECK_IN_EXISTS, request.kind());
            }
            if (request.kind() == CheckInKind.FOLLOW_UP) {
                late = inWindow(patient, sessionEnded, occurredAt, now);
            }
        }
        Set<RedFlag> redFlags = RedFlag.answered(request.redFlags(), request.note());
        UUID id = UUID.randomUUID();
        // The row as stored (times at the database's precision) comes back with the insert: no second read.
        List<CheckIn> stored = Panache.getEntityManager()
                .createNativeQuery("""
                        insert into check_in (id, patient_id, kind, pain, note, session_id, occurred_at, recorded_at,
                                              idempotency_key, request_fingerprint, red_flags, late, content_fingerprint)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                        on conflict (patient_id, idempotency_key) do nothing
                        returning *""", CheckIn.class)
                .setParameter(1, id)
                .setParameter(2, patientId)
                .setParameter(3, request.kind().name())
                .setParameter(4, request.pain())
                .setParameter(5, request.note())
                .setParameter(6, request.sessionId())
                .setParameter(7, occurredAt)
                .setParameter(8, now)
                .setParameter(9, idempotencyKey)
                .setParameter(10, fingerprint)
                .setParameter(11, RedFlag.encode(redFlags))
                .setParameter(12, late)
                .setParameter(13, content)
                .getResultList();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        CheckIn checkIn = stored.get(0);
        recorded.fire(new CheckInRecorded(patient, checkIn, redFlags));
        List<Advice> redFlagAdvice = Advice.forRedFlags(redFlags, config.emergencyNumber(), language.adviceWords());
        if (request.sessionId() != null) {
            List<Advice> sessionAdvice = sessions.reevaluate(patient, request.sessionId());
            return Optional.of(CheckInView.of(checkIn, Advice.merge(redFlagAdvice, sessionAdvice)));
        }
        return Optional.of(CheckInView.of(checkIn, redFlagAdvice));
    }

    /**
     * Rule 12: whether a follow-up at {@code at} is late; refuses one dated before the session
     * ended or before the window opens (saying when it opens, in the patient's zone).
     */
    private static Boolean inWindow(Patient patient, Instant sessionEnded, Instant at, Instant now) {
        FollowUpWindow window = FollowUpWindow.after(sessionEnded);
        switch (window.classify(at)) {
            case BEFORE_SESSION_END ->
                throw new RuleViolation(
                        PatientProblems.FOLLOW_UP_BEFORE_SESSION_END, Advice.clock(sessionEnded, patient.zone()));
            case TOO_EARLY -> {
                long minutes =
                        Math.max(1, (Duration.between(now, window.opensAt()).toSeconds() + 59) / 60);
                String opens = Advice.clock(window.opensAt(), patient.zone());
                throw window.opensAt().isAfter(now)
                        ? new FollowUpTooEarly(window.opensAt(), PatientProblems.FOLLOW_UP_TOO_EARLY_IN, opens, minutes)
                        : new FollowUpTooEarly(window.opensAt(), PatientProblems.FOLLOW_UP_TOO_EARLY, opens);
            }
            case LATE -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Check-ins with their advice: red-flag advice, and a session reading's session advice. */
    private List<CheckInView> views(Patient patient, List<CheckIn> checkIns) {
        List<UUID> sessionIds = checkIns.stream()
                .map(c -> c.sessionId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, List<Advice>> bySession = sessionIds.isEmpty() ? Map.of() : sessions.advice(patient, sessionIds);
        return checkIns.stream()
                .map(checkIn -> {
                    List<Advice> advice = Advice.forRedFlags(
                            RedFlag.decode(checkIn.redFlags), config.emergencyNumber(), language.adviceWords());
                    List<Advice> sessionAdvice = checkIn.sessionId == null ? null : bySession.get(checkIn.sessionId);
                    return CheckInView.of(
                            checkIn, sessionAdvice == null ? advice : Advice.merge(advice, sessionAdvice));
                })
                .toList();
    }
}
