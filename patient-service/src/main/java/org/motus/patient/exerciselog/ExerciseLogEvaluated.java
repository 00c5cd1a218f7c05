package org.motus.patient.exerciselog;

import java.util.UUID;
import org.motus.patient.rules.SessionOutcome;

/**
 * Fired (synchronously, in the current transaction) whenever a session's rules were computed after
 * a reading arrived, so the flags its outcome calls for are raised (rules 3, 13, 14, 17).
 */
public record ExerciseLogEvaluated(
        UUID patientId,
        UUID sessionId,
        SessionOutcome outcome,
        Integer painBefore,
        Integer painFollowUp,
        Integer averageHeartRateBpm,
        Integer peakHeartRateBpm) {}
