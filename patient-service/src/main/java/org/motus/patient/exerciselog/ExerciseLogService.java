package org.motus.patient.exerciselog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.access.PatientAccess;
import org.motus.patient.validation.QueryParams.Range;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.config.Safety;
import org.motus.patient.flag.FlagService;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.record.Condition;
import org.motus.patient.record.Patient;
import org.motus.patient.rules.Advice;
import org.motus.patient.rules.FollowUpWindow;
import org.motus.patient.rules.HeartRateCheck;
import org.motus.patient.rules.MaxHeartRate;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.SessionOutcome;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ExerciseLogService {

    @Inject
    PatientAccess access;
    @Inject
    FlagService flags;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    Safety safety;

    /**
     * Logs a session with its pain readings and red-flag answers; a retry with the same
     * Idempotency-Key repeats the first result. The patient's ceiling in force is stored with it
     * (rule 13); red flags raise an URGENT flag in the same transaction (rule 16).
     */
    public Stored<ExerciseLogView> log(Caller caller, UUID patientId, String idempotencyKey, ExerciseLogRequest request) {
        String fingerprint = idempotencyKey == null ? null : Idempotency.fingerprint(json, request);
        return access.perform(caller, patientId, Action.LOG_SESSION, patient -> {
            if (idempotencyKey != null) {
                var earlier = ExerciseLog.byKey(patientId, idempotencyKey);
                if (earlier.isPresent()) {
                    return replay(patient, earlier.get(), fingerprint);
                }
            }
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            Set<RedFlag> redFlags = RedFlag.answered(request.redFlags(), request.note());
            int inserted = Panache.getEntityManager().createNativeQuery("""
                            insert into exercise_session (id, patient_id, plan_id, plan_version, started_at, ended_at,
                                average_heart_rate_bpm, peak_heart_rate_bpm, note, idempotency_key, request_fingerprint,
                                recorded_at, red_flags, ceiling_used)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                            on conflict (patient_id, idempotency_key) do nothing""")
                    .setParameter(1, id).setParameter(2, patientId)
                    .setParameter(3, request.planId()).setParameter(4, request.planVersion())
                    .setParameter(5, request.startedAt()).setParameter(6, request.endedAt())
                    .setParameter(7, request.averageHeartRateBpm()).setParameter(8, request.peakHeartRateBpm())
                    .setParameter(9, request.note()).setParameter(10, idempotencyKey)
                    .setParameter(11, fingerprint).setParameter(12, now)
                    .setParameter(13, RedFlag.encode(redFlags)).setParameter(14, patient.ceiling())
                    .executeUpdate();
            if (inserted == 0) {
                // A concurrent request with the same key committed first: its result is the answer.
                return replay(patient, ExerciseLog.byKey(patientId, idempotencyKey).orElseThrow(), fingerprint);
            }
            ExerciseLog session = ExerciseLog.findById(id);
            request.items().forEach(item -> session.items.add(item.toItem()));
            Instant peakAt = request.startedAt().plus(Duration.between(request.startedAt(), request.endedAt()).dividedBy(2));
            CheckIn before = reading(session, CheckInKind.BEFORE, request.painBefore(), request.startedAt(), now);
            reading(session, CheckInKind.DURING, request.painDuringPeak(), peakAt, now);
            reading(session, CheckInKind.AFTER, request.painAfter(), request.endedAt(), now);
            Panache.getEntityManager().flush();
            flags.raiseRedFlags(patientId, session.id, null, redFlags, "a session");
            flags.afterRestingReading(patient, before);
            ExerciseLogView view = evaluate(patient, session);
            return new Stored<>(view, false);
        });
    }

    public List<ExerciseLogView> list(Caller caller, UUID patientId, Range range) {
        return access.perform(caller, patientId, Action.READ_SESSIONS,
                patient -> views(patient, ExerciseLog.startedBetween(patientId, range.from(), range.to())));
    }

    public ExerciseLogView one(Caller caller, UUID patientId, UUID sessionId) {
        return access.perform(caller, patientId, Action.READ_SESSIONS, patient -> views(patient, List.of(ExerciseLog
                .of(patientId, sessionId).orElseThrow(() -> new NotFound("No session " + sessionId + "."))))
                .get(0));
    }

    /**
     * Recomputes a session's rules after a reading arrived and raises the flags they call for
     * (rules 3, 13, 14, 17). Runs inside the caller's transaction.
     */
    public ExerciseLogView evaluate(Patient patient, ExerciseLog session) {
        ExerciseLogPains pains = ExerciseLogPains.of(CheckIn.ofSessions(List.of(session.id)));
        SessionOutcome outcome = outcome(patient, session, pains);
        flags.raiseFor(session.patientId, session.id, outcome, pains.before(), pains.followUp(),
                session.averageHeartRateBpm, session.peakHeartRateBpm);
        return view(patient, session, pains, outcome);
    }

    /** Views of several sessions of one patient with their readings, read in one query. */
    public List<ExerciseLogView> views(Patient patient, List<ExerciseLog> sessions) {
        Map<UUID, List<CheckIn>> readings = CheckIn.ofSessions(sessions.stream().map(s -> s.id).toList()).stream()
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
        Integer zoneHigh = session.items.stream().map(item -> item.targetZoneHighPercent).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
        HeartRateCheck.Result heartRate = HeartRateCheck.check(MaxHeartRate.on(patient.dateOfBirth, day),
                patient.conditions.contains(Condition.FIBROMYALGIA), zoneHigh, session.averageHeartRateBpm,
                session.peakHeartRateBpm);
        return SessionOutcome.evaluate(pains.before(), pains.duringPeak(), pains.after(), pains.followUp(),
                pains.followUpLate(), session.ceilingUsed, heartRate);
    }

    private Stored<ExerciseLogView> replay(Patient patient, ExerciseLog earlier, String fingerprint) {
        if (!earlier.requestFingerprint.equals(fingerprint)) {
            throw new Conflict("This Idempotency-Key was already used for a different session.");
        }
        return new Stored<>(views(patient, List.of(earlier)).get(0), true);
    }

    private static CheckIn reading(ExerciseLog session, CheckInKind kind, Integer pain, Instant at, Instant now) {
        if (pain == null) {
            return null;
        }
        CheckIn reading = new CheckIn();
        reading.id = UUID.randomUUID();
        reading.patientId = session.patientId;
        reading.sessionId = session.id;
        reading.kind = kind;
        reading.pain = pain;
        reading.occurredAt = at;
        reading.recordedAt = now;
        reading.persist();
        return reading;
    }

    private ExerciseLogView view(Patient patient, ExerciseLog session, ExerciseLogPains pains, SessionOutcome outcome) {
        List<ExerciseLogView.Item> items = new ArrayList<>();
        for (int i = 0; i < session.items.size(); i++) {
            ExerciseLogItem item = session.items.get(i);
            items.add(new ExerciseLogView.Item(i + 1, item.planItemId, item.exerciseId, item.sets, item.reps, item.loadKg,
                    item.holdSeconds, item.durationMinutes, item.targetZoneLowPercent, item.targetZoneHighPercent));
        }
        FollowUpWindow window = FollowUpWindow.after(session.endedAt);
        Set<RedFlag> redFlags = RedFlag.decode(session.redFlags);
        List<Advice> advice = Advice.forSession(new Advice.SessionFacts(redFlags, outcome.heartRate(), outcome.ceiling(),
                outcome.ceilingUsed(), outcome.worstActivityPain(), outcome.twoHourRule(), window), clock.instant(),
                patient.zone(), safety.emergencyNumber());
        return new ExerciseLogView(session.id, session.patientId, session.planId, session.planVersion, session.startedAt,
                session.endedAt, items, session.averageHeartRateBpm, session.peakHeartRateBpm, session.note,
                redFlags == null ? null : redFlags.stream().sorted().toList(),
                pains.before(), pains.duringPeak(), pains.after(), pains.followUp(), pains.followUpAt(),
                outcome.twoHourRule(),
                new ExerciseLogView.FollowUp(window.opensAt(), window.dueAt(), window.closesAt(),
                        pains.followUp() == null ? null : pains.followUpLate()),
                outcome.ceiling(), outcome.ceilingUsed(), outcome.worstActivityPain(),
                ExerciseLogView.HeartRate.of(outcome.heartRate()), advice, session.recordedAt);
    }
}
