package org.motus.problem;

/** The request clashes with the record's current state (e.g. an illegal transition). */
public class Conflict extends ProblemException {
    public Conflict(String detail) {
        super(ProblemType.CONFLICT, detail);
    }

    public Conflict(ProblemText text, Object... args) {
        super(ProblemType.CONFLICT, text, args);
    }
}
