package org.motus.problem;

import java.util.Locale;

/** A domain failure that maps to one problem type; services throw its subclasses. */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;
    /** The detail's words when it has translations; null for a detail in English only. */
    private final ProblemText text;

    private final Object[] args;

    protected ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
        this.text = null;
        this.args = new Object[0];
    }

    /** A detail the reader gets in their language; the exception's message (and the log) stays English. */
    protected ProblemException(ProblemType type, ProblemText text, Object... args) {
        super(ProblemTexts.format(text, Locale.ENGLISH, args));
        this.type = type;
        this.text = text;
        this.args = args.clone();
    }

    /** The detail in the reader's language (English where it has no translation). */
    public String detail(Locale reader) {
        return text == null ? getMessage() : ProblemTexts.format(text, reader, args);
    }

    public ProblemType type() {
        return type;
    }
}
