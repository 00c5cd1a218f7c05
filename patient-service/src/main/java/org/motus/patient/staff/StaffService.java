package org.motus.patient.staff;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.account.Account;
import org.motus.patient.account.Accounts;
import org.motus.patient.account.AccountsConfig;
import org.motus.patient.account.Role;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;

/**
 * Admin operations on therapists' and admins' accounts (issue 13 item 1): look one up, deactivate
 * (it can no longer sign in and its sessions end), reactivate, and reset access (an email with a
 * link to set a new password). Each is audited with the account it touched. Patients' accounts
 * are not reached here: a patient leaves care by discharge.
 */
@ApplicationScoped
public class StaffService {

    /** Accounts asked of Keycloak at once while filling a page of the staff list. */
    static final int BATCH = 100;

    /** The most accounts one page of the staff list looks at before it answers with what it found. */
    static final int MAX_SCANNED = 1000;

    private final PatientAccess access;
    private final Accounts accounts;
    private final AccountsConfig config;
    private final StaffAccounts known;

    public StaffService(PatientAccess access, Accounts accounts, AccountsConfig config, StaffAccounts known) {
        this.access = access;
        this.accounts = accounts;
        this.config = config;
        this.known = known;
    }

    public AccountView get(Caller caller, String subject) {
        return access.performForRole(
                caller, Action.READ_STAFF_ACCOUNT, "account " + subject, () -> touched(AccountView.of(staff(subject))));
    }

    /**
     * Therapists and admins whose name or email contains {@code query}, optionally of one role and
     * status, in Keycloak's order. Keycloak pages over every account (patients too), so this reads
     * its pages until this one is full, or {@link #MAX_SCANNED} accounts were looked at; the cursor
     * is how far into Keycloak's list the next page starts.
     */
    public StaffPage list(Caller caller, String query, Role role, StaffStatus status, int cursor, int limit) {
        return access.performForRole(caller, Action.LIST_STAFF, () -> {
            List<AccountView> items = new ArrayList<>();
            int offset = cursor;
            boolean exhausted = false;
            scan:
            while (offset - cursor < MAX_SCANNED) {
                List<Account> batch = accounts.list(query, offset, BATCH);
                for (Account account : batch) {
                    offset++;
                    if (isStaff(account)
                            && (role == null || account.roles().contains(role))
                            && (status == null || StaffStatus.of(account) == status)) {
                        items.add(AccountView.of(account));
                        if (items.size() == limit) {
                            break scan;
                        }
                    }
                }
                if (batch.size() < BATCH) {
                    exhausted = true;
                    break;
                }
            }
            return touched(new StaffPage(items, exhausted ? null : Integer.toString(offset)));
        });
    }

    public AccountView deactivate(Caller caller, String subject) {
        if (caller.subject().equals(subject)) {
            throw new Conflict("You cannot deactivate your own account.");
        }
        return access.performForRole(caller, Action.DEACTIVATE_ACCOUNT, "account " + subject, () -> {
            staff(subject);
            accounts.setEnabled(subject, false);
            known.forget(subject); // nothing more goes to them from this replica
            return touched(AccountView.of(staff(subject)));
        });
    }

    public AccountView reactivate(Caller caller, String subject) {
        return access.performForRole(caller, Action.REACTIVATE_ACCOUNT, "account " + subject, () -> {
            staff(subject);
            accounts.setEnabled(subject, true);
            known.forget(subject);
            return touched(AccountView.of(staff(subject)));
        });
    }

    public AccountView resetAccess(Caller caller, String subject) {
        return access.performForRole(caller, Action.RESET_ACCESS, "account " + subject, () -> {
            Account account = staff(subject);
            if (!account.enabled()) {
                throw new Conflict("This account is deactivated: reactivate it first.");
            }
            accounts.sendPasswordReset(subject, config.invitationLifespan());
            return touched(AccountView.of(account));
        });
    }

    /** The account when it is a therapist's or an admin's; anything else is not found. */
    private Account staff(String subject) {
        return accounts.find(subject)
                .filter(StaffService::isStaff)
                .orElseThrow(() -> new NotFound("No therapist or admin account " + subject + "."));
    }

    private static boolean isStaff(Account account) {
        return account.roles().contains(Role.THERAPIST) || account.roles().contains(Role.ADMIN);
    }

    private static <T> Touched<T> touched(T result) {
        return new Touched<>(result, List.of());
    }
}
