package org.motus.patient.checkin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.access.PatientAccess;
import org.motus.patient.api.QueryParams.Range;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.session.ExerciseSession;
import org.motus.patient.session.SessionService;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CheckInService {

    @Inject
    PatientAccess access;
    @Inject
    SessionService sessions;
    @Inject
    ObjectMapper json;

    /**
     * Stores a check-in. With an Idempotency-Key, a retry returns the first result and stores
     * nothing (the database's unique key per patient settles a race between two retries); the
     * same key with a different request is a conflict. A reading linked to a session re-evaluates
     * the session's rules and may raise a flag.
     */
    public Stored<CheckInView> record(Caller caller, UUID patientId, String idempotencyKey, CheckInRequest request) {
        String fingerprint = idempotencyKey == null ? null : Idempotency.fingerprint(json, request);
        return access.perform(caller, patientId, Action.RECORD_CHECK_IN, patient -> {
            if (idempotencyKey != null) {
                var earlier = CheckIn.byKey(patientId, idempotencyKey);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), fingerprint);
                }
            }
            ExerciseSession session = null;
            if (request.sessionId() != null) {
                session = ExerciseSession.of(patientId, request.sessionId())
                        .orElseThrow(() -> new NotFound("No session " + request.sessionId() + "."));
                if (CheckIn.count("sessionId = ?1 and kind = ?2", session.id, request.kind()) > 0) {
                    throw new Conflict("This session has a " + request.kind() + " check-in already.");
                }
            }
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            int inserted = Panache.getEntityManager().createNativeQuery("""
                            insert into check_in (id, patient_id, kind, pain, note, session_id, occurred_at, recorded_at,
                                                  idempotency_key, request_fingerprint)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                            on conflict (patient_id, idempotency_key) do nothing""")
                    .setParameter(1, id).setParameter(2, patientId).setParameter(3, request.kind().name())
                    .setParameter(4, request.pain()).setParameter(5, request.note())
                    .setParameter(6, request.sessionId())
                    .setParameter(7, request.occurredAt() != null ? request.occurredAt() : now)
                    .setParameter(8, now).setParameter(9, idempotencyKey).setParameter(10, fingerprint)
                    .executeUpdate();
            if (inserted == 0) {
                // A concurrent retry with the same key committed first: its result is the answer.
                return replay(CheckIn.byKey(patientId, idempotencyKey).orElseThrow(), fingerprint);
            }
            if (session != null) {
                sessions.evaluate(session);
            }
            return new Stored<>(CheckInView.of(CheckIn.findById(id)), false);
        });
    }

    public List<CheckInView> list(Caller caller, UUID patientId, Range range) {
        return access.perform(caller, patientId, Action.READ_CHECK_INS,
                patient -> CheckIn.between(patientId, range.from(), range.to()).stream().map(CheckInView::of).toList());
    }

    private static Stored<CheckInView> replay(CheckIn earlier, String fingerprint) {
        if (!earlier.requestFingerprint.equals(fingerprint)) {
            throw new Conflict("This Idempotency-Key was already used for a different check-in.");
        }
        return new Stored<>(CheckInView.of(earlier), true);
    }
}
