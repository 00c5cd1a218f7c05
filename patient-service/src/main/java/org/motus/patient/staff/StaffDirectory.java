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

/**
 * Therapists and admins as their own tokens name them (email, name), recorded whenever they call
 * this service: patient-service knows staff by Keycloak subject only, and this is where an alert
 * email finds its address. A therapist who never called this service has no address here yet, so
 * gets no email (their in-app notifications wait for them).
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static final List<String> STAFF_ROLES = List.of("therapist", "admin");

    private final Clock clock;

    public StaffDirectory(Clock clock) {
        this.clock = clock;
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

    /** The address the person's token last named, if any. */
    public Optional<String> emailOf(String subject) {
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
