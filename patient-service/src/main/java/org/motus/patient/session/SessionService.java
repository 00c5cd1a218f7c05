package org.motus.patient.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.access.PatientAccess;
import org.motus.patient.api.QueryParams.Range;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.flag.FlagService;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.rules.SessionOutcome;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class SessionService {

    @Inject
    PatientAccess access;
    @Inject
    FlagService flags;
    @Inject
    ObjectMapper json;

    /** Logs a session with its pain readings; a retry with the same Idempotency-Key repeats the first result. */
    public Stored<SessionView> log(Caller caller, UUID patientId, String idempotencyKey, SessionRequest request) {
        String fingerprint = idempotencyKey == null ? null : Idempotency.fingerprint(json, request);
        return access.perform(caller, patientId, Action.LOG_SESSION, patient -> {
            if (idempotencyKey != null) {
                var earlier = ExerciseSession.byKey(patientId, idempotencyKey);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), fingerprint);
                }
            }
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            int inserted = Panache.getEntityManager().createNativeQuery("""
                            insert into exercise_session (id, patient_id, plan_id, plan_version, started_at, ended_at,
                                average_heart_rate_bpm, peak_heart_rate_bpm, note, idempotency_key, request_fingerprint, recorded_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                            on conflict (patient_id, idempotency_key) do nothing""")
                    .setParameter(1, id).setParameter(2, patientId)
                    .setParameter(3, request.planId()).setParameter(4, request.planVersion())
                    .setParameter(5, request.startedAt()).setParameter(6, request.endedAt())
                    .setParameter(7, request.averageHeartRateBpm()).setParameter(8, request.peakHeartRateBpm())
                    .setParameter(9, request.note()).setParameter(10, idempotencyKey)
                    .setParameter(11, fingerprint).setParameter(12, now)
                    .executeUpdate();
            if (inserted == 0) {
                // A concurrent request with the same key committed first: its result is the answer.
                return replay(ExerciseSession.byKey(patientId, idempotencyKey).orElseThrow(), fingerprint);
            }
            ExerciseSession session = ExerciseSession.findById(id);
            request.items().forEach(item -> session.items.add(item.toItem()));
            Instant peakAt = request.startedAt().plus(Duration.between(request.startedAt(), request.endedAt()).dividedBy(2));
            reading(session, CheckInKind.BEFORE, request.painBefore(), request.startedAt(), now);
            reading(session, CheckInKind.DURING, request.painDuringPeak(), peakAt, now);
            reading(session, CheckInKind.AFTER, request.painAfter(), request.endedAt(), now);
            Panache.getEntityManager().flush();
            SessionView view = evaluate(session);
            return new Stored<>(view, false);
        });
    }

    public List<SessionView> list(Caller caller, UUID patientId, Range range) {
        return access.perform(caller, patientId, Action.READ_SESSIONS,
                patient -> views(ExerciseSession.startedBetween(patientId, range.from(), range.to())));
    }

    public SessionView one(Caller caller, UUID patientId, UUID sessionId) {
        return access.perform(caller, patientId, Action.READ_SESSIONS, patient -> views(List.of(ExerciseSession
                .of(patientId, sessionId).orElseThrow(() -> new NotFound("No session " + sessionId + "."))))
                .get(0));
    }

    /**
     * Recomputes a session's rules after a reading arrived and raises the flags they call for
     * (rules 3 and 4). Runs inside the caller's transaction.
     */
    public SessionView evaluate(ExerciseSession session) {
        List<CheckIn> readings = CheckIn.ofSessions(List.of(session.id));
        SessionPains pains = SessionPains.of(readings);
        SessionOutcome outcome = pains.outcome();
        flags.raiseFor(session.patientId, session.id, outcome, pains.before(), pains.duringPeak(), pains.followUp());
        return view(session, pains, outcome);
    }

    /** Views of several sessions with their readings, read in one query. */
    public static List<SessionView> views(List<ExerciseSession> sessions) {
        Map<UUID, List<CheckIn>> readings = CheckIn.ofSessions(sessions.stream().map(s -> s.id).toList()).stream()
                .collect(Collectors.groupingBy(reading -> reading.sessionId));
        List<SessionView> views = new ArrayList<>(sessions.size());
        for (ExerciseSession session : sessions) {
            SessionPains pains = SessionPains.of(readings.getOrDefault(session.id, List.of()));
            views.add(view(session, pains, pains.outcome()));
        }
        return views;
    }

    private Stored<SessionView> replay(ExerciseSession earlier, String fingerprint) {
        if (!earlier.requestFingerprint.equals(fingerprint)) {
            throw new Conflict("This Idempotency-Key was already used for a different session.");
        }
        return new Stored<>(views(List.of(earlier)).get(0), true);
    }

    private static void reading(ExerciseSession session, CheckInKind kind, Integer pain, Instant at, Instant now) {
        if (pain == null) {
            return;
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
    }

    private static SessionView view(ExerciseSession session, SessionPains pains, SessionOutcome outcome) {
        List<SessionView.Item> items = new ArrayList<>();
        for (int i = 0; i < session.items.size(); i++) {
            SessionItem item = session.items.get(i);
            items.add(new SessionView.Item(i + 1, item.planItemId, item.exerciseId, item.sets, item.reps, item.loadKg,
                    item.holdSeconds, item.durationMinutes));
        }
        return new SessionView(session.id, session.patientId, session.planId, session.planVersion, session.startedAt,
                session.endedAt, items, session.averageHeartRateBpm, session.peakHeartRateBpm, session.note,
                pains.before(), pains.duringPeak(), pains.after(), pains.followUp(), pains.followUpAt(),
                outcome.twoHourRule(), outcome.ceiling(), outcome.advice(), outcome.advice().text(), session.recordedAt);
    }
}
