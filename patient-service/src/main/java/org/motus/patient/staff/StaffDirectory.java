package org.motus.patient.staff;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.motus.patient.account.Account;
import org.motus.patient.account.AccountsUnavailable;
import org.motus.patient.account.Role;

/**
 * Where an email to a therapist or admin goes. Their tokens name them (email, name), recorded
 * whenever they call this service; a therapist an admin invited who has never signed in has no such
 * record, so their address comes from their Keycloak account ({@link StaffAccounts}). Keycloak also
 * says whether the account is enabled: a deactivated therapist gets nothing ({@link RecipientClosed}),
 * whatever address is on record.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static final List<String> STAFF_ROLES = List.of("therapist", "admin");

    private final Clock clock;
    private final StaffAccounts accounts;

    public StaffDirectory(Clock clock, StaffAccounts accounts) {
        this.clock = clock;
        this.accounts = accounts;
    }

    /** After the token was verified, off the request's thread; a changed address is stored at once. */
    void onAuthenticated(@ObservesAsync AuthenticationSuccessEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        if (identity == null
                || !(identity.getPrincipal() instanceof JsonWebToken token)
                || STAFF_ROLES.stream().noneMatch(identity::hasRole)) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> record(token));
        } catch (RuntimeException e) {
            LOG.warnf("Could not record staff member %s: %s", token.getSubject(), e.toString());
        }
    }

    private void record(JsonWebToken token) {
        String email = token.getClaim("email");
        boolean verified = !Boolean.FALSE.equals(token.<Boolean>getClaim("email_verified"));
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into staff (subject, email, display_name, seen_at)
                        values (?1, cast(?2 as text), coalesce(cast(?3 as text), ?1), ?4)
                        on conflict (subject) do update
                           set email = coalesce(cast(?2 as text), staff.email),
                               display_name = coalesce(cast(?3 as text), staff.display_name),
                               seen_at = excluded.seen_at
                         where staff.email is distinct from coalesce(cast(?2 as text), staff.email)
                            or staff.display_name is distinct from coalesce(cast(?3 as text), staff.display_name)""")
                // A token without an address or a name (a service's, a client's) keeps what an
                // earlier token told: a null never overwrites a known value.
                .setParameter(1, token.getSubject())
                .setParameter(2, email != null && verified && plausible(email) ? email.strip() : null)
                .setParameter(3, name == null || name.isBlank() ? null : truncate(name.strip()))
                .setParameter(4, clock.instant())
                .executeUpdate();
    }

    /**
     * The address of a staff member: the one their token last named, else their Keycloak account's.
     * Empty for an account of another role (a patient's address is on their record), or when
     * Keycloak cannot be reached and no token named one (the outbox tries again later). When
     * Keycloak is unreachable a recorded address is used: an urgent alert must not wait for the
     * account server, and an email never carries health data.
     *
     * @throws RecipientClosed when the staff account is deactivated, or Keycloak has no account with that subject
     */
    public Optional<String> emailOf(String subject) {
        Optional<String> recorded = recordedEmail(subject);
        Optional<Account> account;
        try {
            account = accounts.find(subject);
        } catch (AccountsUnavailable unavailable) {
            return recorded;
        }
        if (account.isEmpty()) {
            throw new RecipientClosed("The recipient has no account in Keycloak any more");
        }
        if (!isStaff(account.get())) {
            return Optional.empty();
        }
        if (!account.get().enabled()) {
            throw new RecipientClosed("The recipient's account is deactivated");
        }
        return recorded.or(() ->
                Optional.ofNullable(account.get().email()).map(String::strip).filter(StaffDirectory::plausible));
    }

    /**
     * Whether a push may go to this person: not when their staff account is deactivated. Any other
     * account, or an unreachable Keycloak, lets it go (a push never carries health data).
     *
     * @throws RecipientClosed when the staff account is deactivated
     */
    public void checkNotClosed(String subject) {
        try {
            accounts.find(subject)
                    .filter(StaffDirectory::isStaff)
                    .filter(account -> !account.enabled())
                    .ifPresent(account -> {
                        throw new RecipientClosed("The recipient's account is deactivated");
                    });
        } catch (AccountsUnavailable unavailable) {
            LOG.debugf("Keycloak unreachable; pushing to %s without checking the account", subject);
        }
    }

    private static boolean isStaff(Account account) {
        return account.roles().contains(Role.THERAPIST) || account.roles().contains(Role.ADMIN);
    }

    /** The address the person's token last named, if any. */
    private Optional<String> recordedEmail(String subject) {
        @SuppressWarnings("unchecked")
        List<String> rows = Panache.getEntityManager()
                .createNativeQuery("select email from staff where subject = ?1 and email is not null")
                .setParameter(1, subject)
                .getResultList();
        return rows.stream().findFirst();
    }

    private static boolean plausible(String email) {
        String trimmed = email.strip();
        return trimmed.length() >= 3
                && trimmed.length() <= 320
                && trimmed.indexOf('@') > 0
                && trimmed.chars().noneMatch(c -> c <= ' ');
    }

    private static String truncate(String text) {
        return text.length() <= 255 ? text : text.substring(0, 255);
    }
}
