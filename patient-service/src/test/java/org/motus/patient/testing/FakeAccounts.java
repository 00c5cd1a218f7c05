package org.motus.patient.testing;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.motus.patient.account.Account;
import org.motus.patient.account.Accounts;
import org.motus.patient.account.AccountsUnavailable;
import org.motus.patient.account.EmailTaken;
import org.motus.patient.account.NewAccount;
import org.motus.patient.account.Role;

/**
 * The test double at the Keycloak boundary ({@link Accounts}): an in-memory realm. Every test
 * {@link Tokens.Person} has an account here with its role, so a subject no person has is unknown,
 * as it would be in Keycloak. It records the emails "sent" and can be told to fail the next one.
 * The real {@code KeycloakAccounts} is tested against Keycloak in deploy's system tests.
 */
@Mock
@ApplicationScoped
public class FakeAccounts implements Accounts {

    /** One email Keycloak would have sent. */
    public record SentEmail(String subject, String kind, Duration lifespan) {}

    private static final Map<String, Account> ACCOUNTS = new ConcurrentHashMap<>();
    private static final List<SentEmail> SENT = new CopyOnWriteArrayList<>();
    private static volatile boolean failNextEmail;

    /** Called for every test person: their account exists with their role, set up already. */
    public static void register(String subject, String role) {
        Role known = Role.ofRealmRole(role);
        ACCOUNTS.putIfAbsent(
                subject,
                new Account(
                        subject,
                        subject + "@people.example",
                        "Test",
                        "Person",
                        true,
                        Set.of(),
                        known == null ? Set.of() : Set.of(known)));
    }

    /** As if the owner followed the invitation's link and did everything it asked. */
    public static void completeSetUp(String subject) {
        ACCOUNTS.computeIfPresent(
                subject,
                (key, account) -> new Account(
                        key,
                        account.email(),
                        account.firstName(),
                        account.lastName(),
                        account.enabled(),
                        Set.of(),
                        account.roles()));
    }

    /** As if the account still had to set a password (an invitation not yet accepted). */
    public static void awaitSetUp(String subject) {
        ACCOUNTS.computeIfPresent(
                subject,
                (key, account) -> new Account(
                        key,
                        account.email(),
                        account.firstName(),
                        account.lastName(),
                        account.enabled(),
                        Set.of("UPDATE_PASSWORD"),
                        account.roles()));
    }

    /** As if the account had no email address in Keycloak (possible for accounts made outside Motus). */
    public static void withoutEmail(String subject) {
        ACCOUNTS.computeIfPresent(
                subject,
                (key, account) -> new Account(
                        key,
                        null,
                        account.firstName(),
                        account.lastName(),
                        account.enabled(),
                        account.pendingActions(),
                        account.roles()));
    }

    public static Optional<Account> account(String subject) {
        return Optional.ofNullable(ACCOUNTS.get(subject));
    }

    public static Optional<Account> byEmail(String email) {
        return ACCOUNTS.values().stream()
                .filter(account -> email.equalsIgnoreCase(account.email()))
                .findFirst();
    }

    public static List<SentEmail> sentTo(String subject) {
        return SENT.stream().filter(email -> email.subject().equals(subject)).toList();
    }

    /** The next email fails as if Keycloak's SMTP server were down. */
    public static void failNextEmail() {
        failNextEmail = true;
    }

    @Override
    public String create(NewAccount account, Role role) {
        synchronized (ACCOUNTS) {
            if (byEmail(account.email()).isPresent()) {
                throw new EmailTaken();
            }
            String subject = UUID.randomUUID().toString();
            List<String> actions = new ArrayList<>(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
            if (role != Role.PATIENT) {
                actions.add("CONFIGURE_TOTP");
            }
            ACCOUNTS.put(
                    subject,
                    new Account(
                            subject,
                            account.email().toLowerCase(Locale.ROOT),
                            account.firstName(),
                            account.lastName(),
                            true,
                            new LinkedHashSet<>(actions),
                            EnumSet.of(role)));
            return subject;
        }
    }

    @Override
    public void delete(String subject) {
        ACCOUNTS.remove(subject);
    }

    @Override
    public void sendInvitation(String subject, Duration lifespan) {
        send(subject, "invitation", lifespan);
    }

    @Override
    public void sendPasswordReset(String subject, Duration lifespan) {
        send(subject, "password reset", lifespan);
    }

    private void send(String subject, String kind, Duration lifespan) {
        if (failNextEmail) {
            failNextEmail = false;
            throw new AccountsUnavailable("send the email");
        }
        if (!ACCOUNTS.containsKey(subject)) {
            throw new AccountsUnavailable("send the email");
        }
        SENT.add(new SentEmail(subject, kind, lifespan));
    }

    @Override
    public Optional<Account> find(String subject) {
        return account(subject);
    }

    @Override
    public List<Account> list(String query, int first, int max) {
        String needle = query == null ? "" : query.toLowerCase(Locale.ROOT);
        return ACCOUNTS.values().stream()
                .filter(account -> Stream.of(account.email(), account.firstName(), account.lastName())
                        .anyMatch(field ->
                                field != null && field.toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparing(Account::email, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                        .thenComparing(Account::subject))
                .skip(first)
                .limit(max)
                .toList();
    }

    @Override
    public void setEnabled(String subject, boolean enabled) {
        ACCOUNTS.computeIfPresent(
                subject,
                (key, account) -> new Account(
                        key,
                        account.email(),
                        account.firstName(),
                        account.lastName(),
                        enabled,
                        account.pendingActions(),
                        account.roles()));
    }
}
