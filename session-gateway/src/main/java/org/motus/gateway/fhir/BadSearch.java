package org.motus.gateway.fhir;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/** A FHIR request this server cannot read (a search parameter, a cursor, an id): 400 OperationOutcome. */
class BadSearch extends ProblemException {

    BadSearch(String detail) {
        super(ProblemType.VALIDATION, detail);
    }
}
