package org.motus.problem;

/** The record does not exist, or is outside the caller's reach (never reveal which). */
public class NotFound extends ProblemException {
    public NotFound(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }

    public NotFound(ProblemText text, Object... args) {
        super(ProblemType.NOT_FOUND, text, args);
    }
}
