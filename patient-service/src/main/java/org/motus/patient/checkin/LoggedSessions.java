package org.motus.patient.checkin;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motus.patient.record.Patient;
import org.motus.patient.rules.Advice;

/**
 * What a check-in needs from the exercise session it names. The exercise log implements it; declaring
 * it here keeps the dependency one way (exerciselog uses check-ins for its pain readings, never the
 * reverse).
 */
public interface LoggedSessions {

    /** When the patient's session ended; empty when the patient has no such session. */
    Optional<Instant> endedAt(UUID patientId, UUID sessionId);

    /**
     * Recomputes the session's rules after one of its readings arrived, raising the flags they call
     * for in the current transaction, and answers the session's advice.
     */
    List<Advice> reevaluate(Patient patient, UUID sessionId);

    /** The current advice of each of the patient's sessions, by session id. */
    Map<UUID, List<Advice>> advice(Patient patient, Collection<UUID> sessionIds);
}
