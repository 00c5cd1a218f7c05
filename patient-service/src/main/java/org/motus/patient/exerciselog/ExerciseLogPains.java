package org.motus.patient.exerciselog;

import java.time.Instant;
import java.util.Collection;
import org.motus.patient.checkin.CheckIn;

/** The pain readings linked to one session (clinical-rules.md §2), and whether the follow-up came late (rule 12). */
public record ExerciseLogPains(
        Integer before, Integer duringPeak, Integer after, Integer followUp, Instant followUpAt, boolean followUpLate) {

    public static ExerciseLogPains of(Collection<CheckIn> readings) {
        Integer before = null, during = null, after = null, followUp = null;
        Instant followUpAt = null;
        boolean late = false;
        for (CheckIn reading : readings) {
            switch (reading.kind) {
                case BEFORE -> before = reading.pain;
                case DURING -> during = reading.pain;
                case AFTER -> after = reading.pain;
                case FOLLOW_UP -> {
                    followUp = reading.pain;
                    followUpAt = reading.occurredAt;
                    late = Boolean.TRUE.equals(reading.late);
                }
                case DAILY -> {
                    /* never linked to a session (checked by the database) */
                }
            }
        }
        if (before == null) {
            throw new IllegalStateException("A session without its pain before");
        }
        return new ExerciseLogPains(before, during, after, followUp, followUpAt, late);
    }
}
