package org.motus.patient.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The user accounts Motus signs people in with (Keycloak's), as the rest of the service needs
 * them: create one with a role and invite its owner by email, check that a subject exists with a
 * role, deactivate and reactivate it, send a new "set your password" email. The one boundary to
 * Keycloak's Admin REST API ({@link KeycloakAccounts}); tests put a double here.
 */
public interface Accounts {

    /**
     * Creates an enabled account with {@code role}, username = email, that must set a password and
     * verify its email before it can sign in. Nothing is sent yet ({@link #sendInvitation}).
     *
     * @return the new account's subject (the {@code sub} of its tokens)
     * @throws EmailTaken when an account has that email or username already
     */
    String create(NewAccount account, Role role);

    /** Deletes an account this service just created, when the work it was created for failed. */
    void delete(String subject);

    /**
     * Emails the account a link (Keycloak's execute-actions) to do what it still has to do, at
     * least set a password; the link works for {@code lifespan}.
     */
    void sendInvitation(String subject, Duration lifespan);

    /** Emails a link to set a new password (an admin's "reset access"), valid for {@code lifespan}. */
    void sendPasswordReset(String subject, Duration lifespan);

    /** The account, or empty when no account has that subject. */
    Optional<Account> find(String subject);

    /**
     * Accounts of every role whose username, email, first or last name contains {@code query} (all
     * when null), in a stable order (Keycloak's: by username), skipping {@code first}, at most {@code max}.
     */
    List<Account> list(String query, int first, int max);

    /** Enables or disables the account; disabling also ends its sign-in sessions. */
    void setEnabled(String subject, boolean enabled);

    /** True when an account with that subject exists, is enabled or not, and has the realm role. */
    default boolean hasRole(String subject, Role role) {
        return find(subject).map(account -> account.roles().contains(role)).orElse(false);
    }
}
