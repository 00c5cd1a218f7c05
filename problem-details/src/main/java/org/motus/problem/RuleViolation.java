package org.motus.problem;

/** Well-formed input that a clinical rule forbids (clinical-rules.md). */
public class RuleViolation extends ProblemException {
    public RuleViolation(String detail) {
        super(ProblemType.RULE_VIOLATION, detail);
    }

    public RuleViolation(ProblemText text, Object... args) {
        super(ProblemType.RULE_VIOLATION, text, args);
    }
}
