package org.motus.patient.checkin;

import java.time.Instant;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemText;
import org.motus.problem.ProblemType;

/** A follow-up before its window opened (rule 12): 422, and the problem says when it opens. */
public class FollowUpTooEarly extends ProblemException {

    private final Instant windowOpensAt;

    public FollowUpTooEarly(Instant windowOpensAt, ProblemText text, Object... args) {
        super(ProblemType.RULE_VIOLATION, text, args);
        this.windowOpensAt = windowOpensAt;
    }

    public Instant windowOpensAt() {
        return windowOpensAt;
    }
}
