package org.motus.patient.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.idm.UserSessionRepresentation;

/**
 * {@link Accounts} through Keycloak's Admin REST API, as the service account of the confidential
 * client {@code motus-accounts}, which holds only the realm-management roles {@code manage-users},
 * {@code view-users} and {@code query-users}. So the realm role is taken from the roles the user
 * may be given ({@code listAvailable}, which needs no view-realm), and every email is Keycloak's
 * execute-actions email: its link, its lifespan (stated in the email) and its SMTP server are the realm's.
 */
@ApplicationScoped
public class KeycloakAccounts implements Accounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    static final String VERIFY_EMAIL = "VERIFY_EMAIL";
    static final String CONFIGURE_TOTP = "CONFIGURE_TOTP";

    private final Keycloak keycloak;
    private final AccountsConfig config;

    public KeycloakAccounts(Keycloak keycloak, AccountsConfig config) {
        this.keycloak = keycloak;
        this.config = config;
    }

    @Override
    public String create(NewAccount account, Role role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.email());
        user.setEmail(account.email());
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEnabled(true);
        user.setEmailVerified(false);
        List<String> actions = new ArrayList<>(List.of(UPDATE_PASSWORD, VERIFY_EMAIL));
        if (role != Role.PATIENT) {
            // The realm asks staff for a one-time code; they set up the authenticator from the invitation.
            actions.add(CONFIGURE_TOTP);
        }
        user.setRequiredActions(actions);
        String subject = call("create the account", () -> {
            try (Response response = users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new EmailTaken();
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        try {
            UserResource created = users().get(subject);
            List<RoleRepresentation> grant = created.roles().realmLevel().listAvailable().stream()
                    .filter(available -> available.getName().equals(role.realmRole()))
                    .toList();
            if (grant.isEmpty()) {
                throw new IllegalStateException("realm role " + role.realmRole() + " cannot be granted");
            }
            created.roles().realmLevel().add(grant);
            return subject;
        } catch (RuntimeException failure) {
            delete(subject);
            LOG.errorf(failure, "Could not give account %s the role %s", subject, role.realmRole());
            throw new AccountsUnavailable("give the account its role");
        }
    }

    @Override
    public void delete(String subject) {
        try (Response response = users().delete(subject)) {
            if (response.getStatus() >= 300 && response.getStatus() != 404) {
                LOG.errorf("Could not delete account %s: HTTP %d", subject, response.getStatus());
            }
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "Could not delete account %s", subject);
        }
    }

    @Override
    public void sendInvitation(String subject, Duration lifespan) {
        call("send the invitation email", () -> {
            UserResource user = users().get(subject);
            List<String> pending = user.toRepresentation().getRequiredActions();
            List<String> actions = pending == null || pending.isEmpty() ? List.of(UPDATE_PASSWORD) : pending;
            user.executeActionsEmail(config.emailClientId(), appHome(), seconds(lifespan), actions);
            return null;
        });
    }

    @Override
    public void sendPasswordReset(String subject, Duration lifespan) {
        call("send the email", () -> {
            users().get(subject)
                    .executeActionsEmail(
                            config.emailClientId(), appHome(), seconds(lifespan), List.of(UPDATE_PASSWORD));
            return null;
        });
    }

    @Override
    public List<Account> list(String query, int first, int max) {
        return call(
                "list the accounts",
                () -> users().search(query, first, max, false).stream()
                        .map(user -> account(user, users().get(user.getId())))
                        .toList());
    }

    @Override
    public Optional<Account> find(String subject) {
        return call("look the account up", () -> {
            UserResource resource = users().get(subject);
            UserRepresentation user;
            try {
                user = resource.toRepresentation();
            } catch (WebApplicationException refused) {
                // The Quarkus REST client answers a 404 with a ClientWebApplicationException, not a
                // NotFoundException: look at the status, not the exception's type.
                if (refused.getResponse() != null && refused.getResponse().getStatus() == 404) {
                    return Optional.empty();
                }
                throw refused;
            }
            return Optional.of(account(user, resource));
        });
    }

    /** The account with its realm roles (one more exchange: the user's effective realm roles). */
    private static Account account(UserRepresentation user, UserResource resource) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (RoleRepresentation role : resource.roles().realmLevel().listEffective()) {
            Role known = Role.ofRealmRole(role.getName());
            if (known != null) {
                roles.add(known);
            }
        }
        List<String> pending = user.getRequiredActions() == null ? List.of() : user.getRequiredActions();
        return new Account(
                user.getId(),
                user.getEmail(),
                user.getFirstName(),
                user.getLastName(),
                Boolean.TRUE.equals(user.isEnabled()),
                new LinkedHashSet<>(pending),
                roles);
    }

    @Override
    public void setEnabled(String subject, boolean enabled) {
        call(enabled ? "reactivate the account" : "deactivate the account", () -> {
            UserResource user = users().get(subject);
            UserRepresentation change = user.toRepresentation();
            change.setEnabled(enabled);
            user.update(change);
            if (!enabled) {
                // Session by session: Keycloak's "log out all sessions" posted a back-channel logout
                // token for one session of the user only (keycloak#22914, #27359), leaving the
                // gateway's other sessions, and their visit sockets, open. Each deletion posts its own.
                for (UserSessionRepresentation session : user.getUserSessions()) {
                    keycloak.realm(config.realm()).deleteSession(session.getId(), false);
                }
                user.logout(); // whatever remains (offline sessions)
            }
            return null;
        });
    }

    /** The app's home page, with its slash: the gateway client's redirect URIs are {@code <app>/*}. */
    private String appHome() {
        String app = config.appUrl();
        return app.endsWith("/") ? app : app + "/";
    }

    private UsersResource users() {
        return keycloak.realm(config.realm()).users();
    }

    private static int seconds(Duration lifespan) {
        return Math.toIntExact(lifespan.toSeconds());
    }

    /** Runs one Admin API exchange; an unreachable or refusing Keycloak is a 503, never a 500. */
    private static <T> T call(String what, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (EmailTaken | AccountsUnavailable known) {
            throw known;
        } catch (WebApplicationException | ProcessingException failure) {
            LOG.errorf(failure, "Keycloak could not %s", what);
            throw new AccountsUnavailable(what);
        }
    }
}
