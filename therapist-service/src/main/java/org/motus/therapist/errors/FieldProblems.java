package org.motus.therapist.errors;

import java.util.List;
import org.motus.problem.Problem;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/**
 * A domain failure that names the fields at fault: impossible dosages (400 validation) and
 * contraindicated ones (422 rule violation) list every offending field at once.
 */
public class FieldProblems extends ProblemException {

    private final List<Problem.Violation> violations;

    public FieldProblems(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(type, detail);
        this.violations = List.copyOf(violations);
    }

    public static FieldProblems invalid(String field, String message) {
        return new FieldProblems(
                ProblemType.VALIDATION,
                "The request has 1 invalid field(s).",
                List.of(new Problem.Violation(field, message)));
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Problem toProblem() {
        ProblemType type = type();
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), violations);
    }
}
