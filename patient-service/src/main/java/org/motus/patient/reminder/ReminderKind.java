package org.motus.patient.reminder;

import org.motus.patient.notification.Topic;
import org.motus.patient.preferences.Channels;
import org.motus.patient.preferences.ReminderChoices;

/** What a reminder is for; each kind has its topic (the words) and the patient's channels for it. */
public enum ReminderKind {
    /** The follow-up is due: 2 h after the session ended (rule 12). */
    FOLLOW_UP_DUE(Topic.FOLLOW_UP_REMINDER),
    /** Once more, half an hour before the follow-up window closes at 4 h. */
    FOLLOW_UP_LAST_CALL(Topic.FOLLOW_UP_REMINDER),
    /** A programme day, at the local time the patient chose. */
    PROGRAMME_DAY(Topic.PROGRAMME_DAY_REMINDER),
    /** Days with data fall behind the 16-of-30 pace (rules.PaceNudge). */
    PACE_NUDGE(Topic.PACE_NUDGE),
    /** A video visit starts in 24 h. */
    VISIT_DAY_BEFORE(Topic.VISIT_REMINDER),
    /** A video visit starts in 15 min. */
    VISIT_SOON(Topic.VISIT_REMINDER);

    private final Topic topic;

    ReminderKind(Topic topic) {
        this.topic = topic;
    }

    public Topic topic() {
        return topic;
    }

    /**
     * The channels the patient chose for this kind. The pace nudge is about doing the programme, so
     * it follows the programme-day choice (the preferences have no kind of their own for it).
     */
    Channels channels(ReminderChoices choices) {
        return switch (this) {
            case FOLLOW_UP_DUE, FOLLOW_UP_LAST_CALL -> choices.followUp();
            case PROGRAMME_DAY, PACE_NUDGE -> choices.programmeDay();
            case VISIT_DAY_BEFORE, VISIT_SOON -> choices.visit();
        };
    }
}
