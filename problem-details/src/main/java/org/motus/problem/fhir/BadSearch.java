package org.motus.problem.fhir;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/** A search parameter this server cannot read: 400, answered as an OperationOutcome. */
public class BadSearch extends ProblemException {

    public BadSearch(String detail) {
        super(ProblemType.VALIDATION, detail);
    }
}
