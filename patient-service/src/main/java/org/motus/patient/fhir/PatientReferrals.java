package org.motus.patient.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.motus.patient.access.Caller;
import org.motus.patient.account.Role;
import org.motus.patient.fhir.PatientImport.ExternalId;
import org.motus.patient.fhir.PatientImport.Referral;
import org.motus.patient.invitation.InvitationRequest;
import org.motus.patient.invitation.InvitationService;
import org.motus.patient.invitation.InvitationView;
import org.motus.patient.record.ClinicalFieldsRefused;
import org.motus.problem.Conflict;
import org.motus.problem.ProblemException;
import org.motus.problem.fhir.BadSearch;

/**
 * A referral from another system (issue 15 item 4): a FHIR Patient becomes an invited patient, as
 * the REST invitation makes one (account, invitation email, record; a therapist's referral joins
 * their caseload), with the sender's identifiers kept. With {@code If-None-Exist}, a referral sent
 * again finds the record it made instead of inviting twice.
 */
@ApplicationScoped
public class PatientReferrals {

    private final InvitationService invitations;
    private final FhirReads reads;
    private final Clock clock;

    public PatientReferrals(InvitationService invitations, FhirReads reads, Clock clock) {
        this.invitations = invitations;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * What came of a referral: the record's id, the Patient when the caller may read it (a
     * therapist; an admin reads no clinical record, ADR 0030), and whether this call made it.
     */
    public record Referred(UUID patientId, Optional<Patient> patient, boolean created) {}

    public Referred refer(Caller caller, String body, String ifNoneExist) {
        if (!caller.is(Caller.THERAPIST) && !caller.is(Caller.ADMIN)) {
            throw new ForbiddenException("Only a therapist or an admin refers a patient.");
        }
        Referral referral = PatientImport.read(body, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        Optional<ExternalId> conditional = PatientImport.conditional(ifNoneExist);
        if (conditional.isPresent()) {
            if (!referral.identifiers().contains(conditional.get())) {
                throw new BadSearch("If-None-Exist names " + conditional.get().system() + "|"
                        + conditional.get().value() + ", which the Patient does not carry as an identifier.");
            }
            Optional<UUID> existing = PatientIdentifiers.find(conditional.get());
            if (existing.isPresent()) {
                return new Referred(existing.get(), readable(caller, existing.get(), true), false);
            }
        }
        if (referral.birthDate() != null && !caller.is(Caller.THERAPIST)) {
            throw new ClinicalFieldsRefused();
        }
        InvitationView invited = invitations.invite(
                caller,
                new InvitationRequest(Role.PATIENT, referral.email(), referral.firstName(), referral.lastName()),
                patientId -> {
                    for (ExternalId identifier : referral.identifiers()) {
                        if (!PatientIdentifiers.keep(identifier, patientId, clock.instant())) {
                            throw new Conflict("The identifier " + identifier.system() + "|" + identifier.value()
                                    + " names another patient already.");
                        }
                    }
                    if (referral.birthDate() != null) {
                        org.motus.patient.record.Patient record = org.motus.patient.record.Patient.findById(patientId);
                        record.dateOfBirth = referral.birthDate();
                    }
                });
        return new Referred(invited.patientId(), readable(caller, invited.patientId(), false), true);
    }

    /**
     * The Patient for a caller who may read it. A referral sent again for a record out of the
     * caller's reach is a conflict on the identifier, never the record.
     */
    private Optional<Patient> readable(Caller caller, UUID patientId, boolean existing) {
        if (!caller.is(Caller.THERAPIST)) {
            return Optional.empty();
        }
        try {
            return Optional.of(reads.patient(caller, patientId));
        } catch (ProblemException | ForbiddenException outOfReach) {
            if (existing) {
                throw new Conflict("That identifier names a patient outside your caseload: ask the clinic's admin.");
            }
            throw outOfReach;
        }
    }
}
