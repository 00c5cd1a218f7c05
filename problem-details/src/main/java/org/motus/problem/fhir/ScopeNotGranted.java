package org.motus.problem.fhir;

import org.motus.problem.GenericProblem;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/** 403: the token's SMART scopes do not grant this FHIR request ({@link SmartScopes#refusal}). */
public class ScopeNotGranted extends ProblemException {
    public ScopeNotGranted(String what) {
        super(ProblemType.FORBIDDEN, GenericProblem.SCOPE_NOT_GRANTED, what);
    }
}
