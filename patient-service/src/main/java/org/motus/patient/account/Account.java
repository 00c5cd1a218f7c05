package org.motus.patient.account;

import java.util.Set;

/**
 * An account as Keycloak has it: {@code pendingActions} are the required actions its owner has not
 * done yet (set a password, verify the email, ...); none left means the invitation was accepted.
 */
public record Account(
        String subject,
        String email,
        String firstName,
        String lastName,
        boolean enabled,
        Set<String> pendingActions,
        Set<Role> roles) {

    public boolean hasSetUp() {
        return pendingActions.isEmpty();
    }
}
