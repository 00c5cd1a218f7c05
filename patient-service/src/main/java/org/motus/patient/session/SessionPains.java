package org.motus.patient.session;

import org.motus.patient.checkin.CheckIn;
import org.motus.patient.rules.SessionOutcome;

import java.time.Instant;
import java.util.Collection;

/** The pain readings linked to one session, and the rules they give (DOMAIN.md rules 2-4). */
public record SessionPains(Integer before, Integer duringPeak, Integer after, Integer followUp, Instant followUpAt) {

    public static SessionPains of(Collection<CheckIn> readings) {
        Integer before = null, during = null, after = null, followUp = null;
        Instant followUpAt = null;
        for (CheckIn reading : readings) {
            switch (reading.kind) {
                case BEFORE -> before = reading.pain;
                case DURING -> during = reading.pain;
                case AFTER -> after = reading.pain;
                case FOLLOW_UP -> {
                    followUp = reading.pain;
                    followUpAt = reading.occurredAt;
                }
                case DAILY -> { /* never linked to a session (checked by the database) */ }
            }
        }
        return new SessionPains(before, during, after, followUp, followUpAt);
    }

    /** The rules for the session; a session is always logged with its pain before. */
    public SessionOutcome outcome() {
        if (before == null) {
            throw new IllegalStateException("A session without its pain before");
        }
        return SessionOutcome.evaluate(before, duringPeak, followUp);
    }
}
