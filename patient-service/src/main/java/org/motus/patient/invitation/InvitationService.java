package org.motus.patient.invitation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.account.Account;
import org.motus.patient.account.Accounts;
import org.motus.patient.account.AccountsConfig;
import org.motus.patient.account.NewAccount;
import org.motus.patient.account.Role;
import org.motus.patient.record.CareTeamMember;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.search.PageRequest;

/**
 * Invitations (issue 13 item 3): an account created through Keycloak's Admin API, for a patient
 * also their record (and, when a therapist invites, a place on that therapist's caseload), and
 * Keycloak's execute-actions email. All or nothing: when the record or the email fails, the
 * account is deleted again and no row stays. An email that has an account already is a 409.
 */
@ApplicationScoped
public class InvitationService {

    private final PatientAccess access;
    private final Accounts accounts;
    private final AccountsConfig config;
    private final Clock clock;

    public InvitationService(PatientAccess access, Accounts accounts, AccountsConfig config, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
    }

    /** An admin invites anyone; a therapist invites patients only, who join the therapist's caseload. */
    public InvitationView invite(Caller caller, InvitationRequest request) {
        return invite(caller, request, patientId -> {});
    }

    /**
     * The same; a patient's record is handed to {@code withRecord} in the transaction that creates it,
     * so what the caller adds to it (a referral's identifiers) commits or fails with the invitation.
     */
    public InvitationView invite(Caller caller, InvitationRequest request, Consumer<UUID> withRecord) {
        if (!caller.is(Caller.ADMIN) && request.role() != Role.PATIENT) {
            throw new ForbiddenException();
        }
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        NewAccount account = new NewAccount(
                email, request.firstName().strip(), request.lastName().strip());
        return access.performForRole(caller, Action.INVITE, "role " + request.role(), () -> {
            String subject = accounts.create(account, request.role());
            try {
                Instant now = clock.instant();
                UUID patientId = null;
                if (request.role() == Role.PATIENT) {
                    patientId = enrol(subject, account, now);
                    if (caller.is(Caller.THERAPIST)) {
                        CareTeamMember.assign(patientId, caller.subject(), now);
                    }
                    withRecord.accept(patientId);
                }
                Invitation invitation = new Invitation();
                invitation.id = UUID.randomUUID();
                invitation.subject = subject;
                invitation.email = email;
                invitation.role = request.role();
                invitation.patientId = patientId;
                invitation.invitedBy = caller.subject();
                invitation.invitedAt = now;
                invitation.lastSentAt = now;
                invitation.expiresAt = now.plus(config.invitationLifespan());
                invitation.sentCount = 1;
                invitation.persist();
                Panache.getEntityManager().flush();
                accounts.sendInvitation(subject, config.invitationLifespan());
                InvitationView view = InvitationView.of(invitation, now);
                return new Touched<>(view, patientId == null ? List.of() : List.of(patientId));
            } catch (RuntimeException failure) {
                accounts.delete(subject);
                throw failure;
            }
        });
    }

    /**
     * Admin: every invitation, newest first; a therapist: those of patients on their caseload.
     * Pending ones are checked against Keycloak first: an account with nothing left to do accepted.
     */
    public PageRequest.Paged<InvitationView> list(Caller caller, PageRequest page) {
        return access.performForRole(caller, Action.LIST_INVITATIONS, () -> {
            String order = page.keyset("invitedAt", false) + " order by invitedAt desc, id desc";
            List<Invitation> rows = caller.is(Caller.ADMIN)
                    ? Invitation.<Invitation>find(order, page.parameters(java.util.Map.of()))
                            .page(0, page.rowsToRead())
                            .list()
                    : Invitation.<Invitation>find(
                                    "patientId in (select m.key.patientId from CareTeamMember m"
                                            + " where m.key.therapistSubject = :therapist) and " + order,
                                    page.parameters(java.util.Map.of("therapist", caller.subject())))
                            .page(0, page.rowsToRead())
                            .list();
            PageRequest.Paged<Invitation> paged = page.cut(rows, row -> row.invitedAt, row -> row.id);
            List<Invitation> invitations = paged.items();
            Instant now = clock.instant();
            invitations.forEach(invitation -> refresh(invitation, false));
            List<InvitationView> views = invitations.stream()
                    .map(invitation -> InvitationView.of(invitation, now))
                    .toList();
            return new Touched<>(
                    new PageRequest.Paged<>(views, paged.next()),
                    invitations.stream()
                            .map(invitation -> invitation.patientId)
                            .filter(id -> id != null)
                            .distinct()
                            .toList());
        });
    }

    /**
     * A new email with a new link (the old link stops working when the new one is issued only by
     * expiring); the expiry starts again. A patient's: the treating therapist or an admin; staff's: an admin.
     */
    public InvitationView resend(Caller caller, UUID invitationId) {
        Invitation found = QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>findById(invitationId));
        if (found == null) {
            throw new NotFound("No invitation " + invitationId + ".");
        }
        if (found.role == Role.PATIENT) {
            return access.perform(caller, found.patientId, Action.RESEND_INVITATION, patient -> resent(invitationId));
        }
        if (!caller.is(Caller.ADMIN)) {
            throw new NotFound("No invitation " + invitationId + ".");
        }
        return access.performForRole(
                caller,
                Action.RESEND_STAFF_INVITATION,
                "account " + found.subject,
                () -> new Touched<>(resent(invitationId), List.of()));
    }

    private InvitationView resent(UUID invitationId) {
        Invitation invitation = Invitation.findById(invitationId);
        refresh(invitation, true);
        if (invitation.acceptedAt != null) {
            throw new Conflict("This invitation was accepted: the account is set up. Reset its access instead.");
        }
        Instant now = clock.instant();
        accounts.sendInvitation(invitation.subject, config.invitationLifespan());
        invitation.lastSentAt = now;
        invitation.expiresAt = now.plus(config.invitationLifespan());
        invitation.sentCount++;
        Panache.getEntityManager().flush();
        return InvitationView.of(invitation, now);
    }

    /**
     * Marks the invitation accepted once its account has no required action left. An account
     * deleted in Keycloak since: a 409 when resending ({@code strict}), else left as it was.
     */
    private void refresh(Invitation invitation, boolean strict) {
        if (invitation.acceptedAt != null) {
            return;
        }
        Optional<Account> account = accounts.find(invitation.subject);
        if (account.isEmpty() && strict) {
            throw new Conflict("The account of this invitation no longer exists.");
        }
        if (account.isPresent() && account.get().hasSetUp()) {
            invitation.acceptedAt = clock.instant();
        }
    }

    private static UUID enrol(String subject, NewAccount account, Instant now) {
        Patient patient = new Patient();
        patient.id = UUID.randomUUID();
        patient.subject = subject;
        patient.displayName = (account.firstName() + " " + account.lastName()).strip();
        patient.contactEmail = account.email();
        patient.createdAt = now;
        patient.updatedAt = now;
        patient.persist();
        return patient.id;
    }
}
