package org.motus.patient.staff;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final PatientAccess access;
    private final Accounts accounts;
    private final AccountsConfig config;

    public StaffService(PatientAccess access, Accounts accounts, AccountsConfig config) {
        this.access = access;
        this.accounts = accounts;
        this.config = config;
    }

    public AccountView get(Caller caller, String subject) {
        return access.performForRole(
                caller, Action.READ_STAFF_ACCOUNT, "account " + subject, () -> touched(AccountView.of(staff(subject))));
    }

    public AccountView deactivate(Caller caller, String subject) {
        if (caller.subject().equals(subject)) {
            throw new Conflict("You cannot deactivate your own account.");
        }
        return access.performForRole(caller, Action.DEACTIVATE_ACCOUNT, "account " + subject, () -> {
            staff(subject);
            accounts.setEnabled(subject, false);
            return touched(AccountView.of(staff(subject)));
        });
    }

    public AccountView reactivate(Caller caller, String subject) {
        return access.performForRole(caller, Action.REACTIVATE_ACCOUNT, "account " + subject, () -> {
            staff(subject);
            accounts.setEnabled(subject, true);
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
                .filter(account -> account.roles().contains(Role.THERAPIST)
                        || account.roles().contains(Role.ADMIN))
                .orElseThrow(() -> new NotFound("No therapist or admin account " + subject + "."));
    }

    private static <T> Touched<T> touched(T result) {
        return new Touched<>(result, List.of());
    }
}
