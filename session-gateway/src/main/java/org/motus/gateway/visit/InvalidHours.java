package org.motus.gateway.visit;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/** Weekly hours that cannot be used as given (an unknown time zone, windows that overlap): 400. */
final class InvalidHours extends ProblemException {
    InvalidHours(String detail) {
        super(ProblemType.VALIDATION, detail);
    }
}
