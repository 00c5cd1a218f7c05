package org.motus.patient.staff;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.account.Account;
import org.motus.patient.account.Role;

/** A therapist's or admin's account as Keycloak has it. */
public record AccountView(
        String subject,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String firstName,
        @Schema(nullable = true) String lastName,

        @Schema(description = "False once deactivated: the account cannot sign in")
        boolean enabled,

        @Schema(description = "What the owner still has to do (e.g. UPDATE_PASSWORD); empty once set up")
        List<String> pendingActions,

        List<Role> roles) {

    static AccountView of(Account account) {
        return new AccountView(
                account.subject(),
                account.email(),
                account.firstName(),
                account.lastName(),
                account.enabled(),
                account.pendingActions().stream().sorted().toList(),
                account.roles().stream().sorted().toList());
    }
}
