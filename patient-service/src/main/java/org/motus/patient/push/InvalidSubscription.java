package org.motus.patient.push;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/** A subscription that is well-formed text but not a usable key: a 400 like any invalid field. */
public class InvalidSubscription extends ProblemException {
    public InvalidSubscription(String detail) {
        super(ProblemType.VALIDATION, detail);
    }
}
