package org.motus.patient.account;

import org.motus.problem.Conflict;

/** An account with that email (or username) exists: never a second one (409). */
public class EmailTaken extends Conflict {
    public EmailTaken() {
        super("An account with that email exists already.");
    }
}
