package org.motus.patient.staff;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.motus.patient.account.Account;
import org.motus.patient.account.Accounts;

/**
 * Accounts as Keycloak has them, each kept for a short while ({@code quarkus.cache.caffeine."staff-accounts"},
 * a minute): the dispatcher asks for a recipient's account on every email and push, and Keycloak
 * should not be asked twice a second for the same therapist. A failed lookup is not kept. An
 * admin's deactivation or reactivation through Motus forgets the account at once on this replica;
 * one done elsewhere (Keycloak's console, another replica) is seen within the minute.
 */
@ApplicationScoped
public class StaffAccounts {

    static final String CACHE = "staff-accounts";

    private final Accounts accounts;

    public StaffAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The account, or empty when Keycloak has none with that subject.
     *
     * @throws org.motus.patient.account.AccountsUnavailable when Keycloak cannot tell
     */
    @CacheResult(cacheName = CACHE)
    public Optional<Account> find(@CacheKey String subject) {
        return accounts.find(subject);
    }

    /** Asks Keycloak again next time (the account just changed). */
    @CacheInvalidate(cacheName = CACHE)
    public void forget(@CacheKey String subject) {
        // the interceptor does the work
    }
}
