package org.motus.patient.exerciselog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.checkin.LoggedSessions;
import org.motus.patient.config.MotusConfig;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Earlier;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.language.RequestLanguage;
import org.motus.patient.record.Condition;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.rules.Advice;
import org.motus.patient.rules.FollowUpWindow;
import org.motus.patient.rules.HeartRateCheck;
import org.motus.patient.rules.MaxHeartRate;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.SessionOutcome;
import org.motus.patient.validation.QueryParams.Range;
import org.motus.problem.NotFound;
import org.motus.problem.search.PageRequest;

@ApplicationScoped
public class ExerciseLogService implements LoggedSessions {

    private final PatientAccess access;
    private final Idempotency idempotency;
    private final Event<ExerciseLogged> logged;
    private final Event<ExerciseLogEvaluated> evaluated;
    private final Clock clock;
    private final RequestLanguage language;
    private final MotusConfig config;

    public ExerciseLogService(
            PatientAccess access,
            Idempotency idempotency,
            Event<ExerciseLogged> logged,
            Event<ExerciseLogEvaluated> evaluated,
            Clock clock,
            MotusConfig config,
            RequestLanguage language) {
        this.access = access;
        this.idempotency = idempotency;
        this.logged = logged;
        this.evaluated = evaluated;
        this.clock = clock;
        this.config = config;
        this.language = language;
    }

    /**
     * What a save did: stored (or replayed under its Idempotency-Key), or found the same content
     * saved within {@link Idempotency#DUPLICATE_WINDOW} under another key or none ({@code duplicateOf} names it).
     */
    public record Logged(Stored<ExerciseLogView> stored, UUID duplicateOf) {}

    /**
     * Logs a session with its pain readings and red-flag answers; a retry with the same
     * Idempotency-Key repeats the first result, and the same content saved again within a minute
     * under another key (a second tab, a double tap) is answered with the first session, storing
     * nothing. The patient's ceiling in force is stored with it (rule 13); red flags raise an
     * URGENT flag in the same transaction (rule 16).
     */
    public Logged log(Caller caller, UUID patientId, String idempotencyKey, ExerciseLogRequest request) {
        return access.perform(caller, patientId, Action.LOG_SESSION, patient -> {
            // One save at a time per patient, so two identical saves at once cannot both miss each other.
            Panache.getEntityManager().lock(patient, LockModeType.PESSIMISTIC_WRITE);
            // The request's fingerprint is its content's too: computed once, and the key looked up once (issue 18).
            String content = idempotency.fingerprint(request);
            Function<String, Optional<Earlier<ExerciseLogView>>> earlier = key -> ExerciseLog.byKey(patientId, key)
                    .map(stored -> new Earlier<>(
                            stored.requestFingerprint,
                            () -> views(patient, List.of(stored)).get(0)));
            Optional<Stored<ExerciseLogView>> repeated =
                    idempotency.repeat(idempotencyKey, content, "session", earlier);
            if (repeated.isPresent()) {
                return new Logged(repeated.get(), null);
            }
            Optional<ExerciseLog> twin = ExerciseLog.sameContentSince(
                    patientId, content, clock.instant().minus(Idempotency.DUPLICATE_WINDOW));
            if (twin.isPresent()) {
                return new Logged(
                        new Stored<>(views(patient, List.of(twin.get())).get(0), true), twin.get().id);
            }
            return new Logged(
                    idempotency.insert(
                            idempotencyKey,
                            content,
                            "session",
                            earlier,
                            fingerprint -> insert(patient, idempotencyKey, fingerprint, content, request)),
                    null);
        });
    }

    /** Stores the session, or answers empty when a concurrent request with the same key committed first. */
    private Optional<ExerciseLogView> insert(
            Patient patient, String idempotencyKey, String fingerprint, String content, ExerciseLogRequest request) {
        UUID patientId = patient.id;
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Set<RedFlag> redFlags = RedFlag.answered(request.redFlags(), request.note());
        int inserted = Panache.getEntityManager()
                .createNativeQuery("""
                        insert into exercise_session (id, patient_id, plan_id, plan_version, started_at, ended_at,
                            average_heart_rate_bpm, peak_heart_rate_bpm, note, idempotency_key, request_fingerprint,
                            recorded_at, red_flags, ceiling_used, content_fingerprint)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                        on conflict (patient_id, idempotency_key) do nothing""")
                .setParameter(1, id)
                .setParameter(2, patientId)
                .setParameter(3, request.planId())
                .setParameter(4, request.planVersion())
                .setParameter(5, request.startedAt())
                .setParameter(6, request.endedAt())
                .setParameter(7, request.averageHeartRateBpm())
                .setParameter(8, request.peakHeartRateBpm())
                .setParameter(9, request.note())
                .setParameter(10, idempotencyKey)
                .setParameter(11, fingerprint)
                .setParameter(12, now)
                .setParameter(13, RedFlag.encode(redFlags))
                .setParameter(14, patient.ceiling())
                .setParameter(15, content)
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        ExerciseLog session = ExerciseLog.findById(id);
        request.items().forEach(item -> session.items.add(item.toItem()));
        Instant peakAt = request.startedAt()
                .plus(Duration.between(request.startedAt(), request.endedAt()).dividedBy(2));
        CheckIn before = CheckIn.sessionReading(
                patientId, id, CheckInKind.BEFORE, request.painBefore(), request.startedAt(), now);
        if (request.painDuringPeak() != null) {
            CheckIn.sessionReading(patientId, id, CheckInKind.DURING, request.painDuringPeak(), peakAt, now);
        }
        if (request.painAfter() != null) {
            CheckIn.sessionReading(patientId, id, CheckInKind.AFTER, request.painAfter(), request.endedAt(), now);
        }
        Panache.getEntityManager().flush();
        logged.fire(new ExerciseLogged(patient, session, redFlags, before));
        return Optional.of(evaluate(patient, session));
    }

    @Override
    public Optional<Instant> endedAt(UUID patientId, UUID sessionId) {
        return ExerciseLog.of(patientId, sessionId).map(session -> session.endedAt);
    }

    @Override
    public List<Advice> reevaluate(Patient patient, UUID sessionId) {
        // The check-in has read the session already (endedAt): found in the persistence context, not read again.
        ExerciseLog session = ExerciseLog.<ExerciseLog>findByIdOptional(sessionId)
                .filter(found -> found.patientId.equals(patient.id))
                .orElseThrow();
        return evaluate(patient, session).advice();
    }

    @Override
    public Map<UUID, List<Advice>> advice(Patient patient, Collection<UUID> sessionIds) {
        return views(patient, ExerciseLog.list("id in ?1 and patientId = ?2", sessionIds, patient.id)).stream()
                .collect(Collectors.toMap(ExerciseLogView::id, ExerciseLogView::advice));
    }

    public PageRequest.Paged<ExerciseLogView> list(Caller caller, UUID patientId, Range range, PageRequest page) {
        return access.perform(caller, patientId, Action.READ_SESSIONS, patient -> {
            PageRequest.Paged<ExerciseLog> rows = ExerciseLog.page(patientId, range.from(), range.to(), page);
            return new PageRequest.Paged<>(views(patient, rows.items()), rows.next());
        });
    }

    public ExerciseLogView one(Caller caller, UUID patientId, UUID sessionId) {
        return access.perform(
                caller,
                patientId,
                Action.READ_SESSIONS,
                patient -> views(
                                patient,
                                List.of(ExerciseLog.of(patientId, sessionId)
                                        .orElseThrow(() -> new NotFound("No session " + sessionId + "."))))
                        .get(0));
    }

    /**
     * Recomputes a session's rules after a reading arrived and raises the flags they call for
     * (rules 3, 13, 14, 17). Runs inside the caller's transaction.
     */
    ExerciseLogView evaluate(Patient patient, ExerciseLog session) {
        ExerciseLogPains pains = ExerciseLogPains.of(CheckIn.ofSessions(List.of(session.id)));
        SessionOutcome outcome = outcome(patient, session, pains);
        evaluated.fire(new ExerciseLogEvaluated(
                session.patientId,
                session.id,
                outcome,
                pains.before(),
                pains.followUp(),
                session.averageHeartRateBpm,
                session.peakHeartRateBpm));
        return view(patient, session, pains, outcome);
    }

    /** Views of several sessions of one patient with their readings, read in one query. */
    public List<ExerciseLogView> views(Patient patient, List<ExerciseLog> sessions) {
        Map<UUID, List<CheckIn>> readings = CheckIn.ofSessions(
                        sessions.stream().map(s -> s.id).toList())
                .stream()
                .collect(Collectors.groupingBy(reading -> reading.sessionId));
        List<ExerciseLogView> views = new ArrayList<>(sessions.size());
        for (ExerciseLog session : sessions) {
            ExerciseLogPains pains = ExerciseLogPains.of(readings.getOrDefault(session.id, List.of()));
            views.add(view(patient, session, pains, outcome(patient, session, pains)));
        }
        return views;
    }

    /**
     * Rule 14 uses the patient's age on the day of the session and their current conditions;
     * the zone high is the highest of the items' prescribed zones.
     */
    static SessionOutcome outcome(Patient patient, ExerciseLog session, ExerciseLogPains pains) {
        LocalDate day = LocalDate.ofInstant(session.startedAt, patient.zone());
        Integer zoneHigh = session.items.stream()
                .map(item -> item.targetZoneHighPercent)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .orElse(null);
        HeartRateCheck.Result heartRate = HeartRateCheck.check(
                MaxHeartRate.on(patient.dateOfBirth, day),
                patient.conditions.contains(Condition.FIBROMYALGIA),
                zoneHigh,
                session.averageHeartRateBpm,
                session.peakHeartRateBpm);
        return SessionOutcome.evaluate(
                pains.before(),
                pains.duringPeak(),
                pains.after(),
                pains.followUp(),
                pains.followUpLate(),
                session.ceilingUsed,
                heartRate);
    }

    private ExerciseLogView view(Patient patient, ExerciseLog session, ExerciseLogPains pains, SessionOutcome outcome) {
        List<ExerciseLogView.Item> items = new ArrayList<>();
        for (int i = 0; i < session.items.size(); i++) {
            ExerciseLogItem item = session.items.get(i);
            items.add(new ExerciseLogView.Item(
                    i + 1,
                    item.planItemId,
                    item.exerciseId,
                    item.sets,
                    item.reps,
                    item.loadKg,
                    item.holdSeconds,
                    item.durationMinutes,
                    item.targetZoneLowPercent,
                    item.targetZoneHighPercent));
        }
        FollowUpWindow window = FollowUpWindow.after(session.endedAt);
        Set<RedFlag> redFlags = RedFlag.decode(session.redFlags);
        List<Advice> advice = Advice.forSession(
                new Advice.SessionFacts(
                        redFlags,
                        outcome.heartRate(),
                        outcome.ceiling(),
                        outcome.ceilingUsed(),
                        outcome.worstActivityPain(),
                        outcome.twoHourRule(),
                        window),
                clock.instant(),
                patient.zone(),
                config.emergencyNumber(),
                language.adviceWords());
        return new ExerciseLogView(
                session.id,
                session.patientId,
                session.planId,
                session.planVersion,
                session.startedAt,
                session.endedAt,
                items,
                session.averageHeartRateBpm,
                session.peakHeartRateBpm,
                session.note,
                redFlags == null ? null : redFlags.stream().sorted().toList(),
                pains.before(),
                pains.duringPeak(),
                pains.after(),
                pains.followUp(),
                pains.followUpAt(),
                outcome.twoHourRule(),
                new ExerciseLogView.FollowUp(
                        window.opensAt(),
                        window.dueAt(),
                        window.closesAt(),
                        pains.followUp() == null ? null : pains.followUpLate()),
                outcome.ceiling(),
                outcome.ceilingUsed(),
                outcome.worstActivityPain(),
                ExerciseLogView.HeartRate.of(outcome.heartRate()),
                advice,
                session.recordedAt);
    }
}
