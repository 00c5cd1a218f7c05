package org.motus.patient.account;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/** Keycloak did not answer, or refused the service account: 503, nothing was stored. */
public class AccountsUnavailable extends ProblemException {
    public AccountsUnavailable(String what) {
        super(ProblemType.UPSTREAM_UNAVAILABLE, "The account server could not " + what + "; try again later.");
    }
}
