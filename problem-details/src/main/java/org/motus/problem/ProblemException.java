package org.motus.problem;

/** A domain failure that maps to one problem type; services throw its subclasses. */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;

    protected ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}
