package org.motus.therapist.errors;

import java.util.List;
import java.util.Locale;
import org.motus.problem.GenericProblem;
import org.motus.problem.Problem;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemTexts;
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
                ProblemTexts.format(GenericProblem.INVALID_FIELDS, Locale.ENGLISH, 1),
                List.of(new Problem.Violation(field, message)));
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** In the reader's language: the title and, for a validation problem, the count of invalid fields. */
    public Problem toProblem(Locale reader) {
        ProblemType type = type();
        String detail = type == ProblemType.VALIDATION && getMessage().startsWith("The request has ")
                ? ProblemTexts.format(GenericProblem.INVALID_FIELDS, reader, violations.size())
                : getMessage();
        return new Problem(type.uri(), type.title(reader), type.status(), detail, violations);
    }
}
