package org.motus.patient.staff;

import org.motus.patient.account.Account;

/** Where a therapist's or admin's account stands, as the staff list filters it. */
public enum StaffStatus {
    /** Enabled and set up: signs in. */
    ACTIVE,
    /** Enabled, but the invitation is not accepted yet (a password or authenticator to set). */
    INVITED,
    /** Deactivated: cannot sign in. */
    DEACTIVATED;

    static StaffStatus of(Account account) {
        if (!account.enabled()) {
            return DEACTIVATED;
        }
        return account.hasSetUp() ? ACTIVE : INVITED;
    }
}
