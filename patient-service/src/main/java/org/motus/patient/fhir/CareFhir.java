package org.motus.patient.fhir;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.motus.patient.account.Account;
import org.motus.patient.consent.ConsentDecision;
import org.motus.patient.consent.ConsentDecisionKind;
import org.motus.patient.record.CareTeamMember;

/**
 * Who may do what, and who treats whom, as HAPI FHIR R4 resources (issue 15 item 2): Consent,
 * CareTeam and Practitioner. Pure functions of the entities, like {@link ToFhir}.
 */
public final class CareFhir {

    private CareFhir() {}

    /**
     * One consent decision. Only the newest decision on a kind is in force: an acceptance later
     * withdrawn, or replaced by an acceptance of a newer text, is {@code inactive}.
     *
     * @param current whether this is the patient's newest decision on its kind
     */
    public static Consent consent(ConsentDecision decision, boolean current) {
        Consent consent = new Consent();
        consent.setId(decision.id.toString());
        consent.getMeta().setLastUpdated(Date.from(decision.decidedAt));
        consent.setStatus(status(decision.decision, current));
        consent.setScope(
                new CodeableConcept(new Coding(Codes.CONSENT_SCOPE, Codes.CONSENT_SCOPE_TREATMENT, "Treatment")));
        consent.addCategory(
                new CodeableConcept(new Coding(Codes.LOINC, Codes.PATIENT_CONSENT, Codes.PATIENT_CONSENT_DISPLAY)));
        consent.addCategory(
                new CodeableConcept(new Coding(Codes.CONSENT_KIND, decision.kind.name(), kindText(decision)))
                        .setText(kindText(decision)));
        consent.setPatient(ToFhir.patientReference(decision.patientId));
        consent.setDateTime(Date.from(decision.decidedAt));
        consent.addPolicy().setUri(Codes.CONSENT_TEXT_POLICY + decision.kind.name() + ":" + decision.textVersion);
        consent.getProvision()
                .setType(
                        decision.decision == ConsentDecisionKind.ACCEPTED
                                ? Consent.ConsentProvisionType.PERMIT
                                : Consent.ConsentProvisionType.DENY);
        return consent;
    }

    static Consent.ConsentState status(ConsentDecisionKind decision, boolean current) {
        return switch (decision) {
            case ACCEPTED -> current ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE;
            case DECLINED -> Consent.ConsentState.REJECTED;
            case WITHDRAWN -> Consent.ConsentState.INACTIVE;
        };
    }

    private static String kindText(ConsentDecision decision) {
        return switch (decision.kind) {
            case TELEHEALTH -> "Consent to telehealth (video visits)";
            case REMOTE_MONITORING -> "Consent to remote monitoring of what the patient records";
        };
    }

    /** The patient's care team: one per patient (its id is the patient's), active while in care. */
    public static CareTeam careTeam(org.motus.patient.record.Patient patient, List<CareTeamMember> members) {
        CareTeam team = new CareTeam();
        team.setId(patient.id.toString());
        team.getMeta().setLastUpdated(Date.from(patient.updatedAt));
        team.setStatus(
                patient.dischargedAt == null ? CareTeam.CareTeamStatus.ACTIVE : CareTeam.CareTeamStatus.INACTIVE);
        team.setName("Care team of " + patient.displayName);
        team.setSubject(ToFhir.patientReference(patient.id));
        team.getPeriod().setStart(Date.from(patient.createdAt));
        if (patient.dischargedAt != null) {
            team.getPeriod().setEnd(Date.from(patient.dischargedAt));
        }
        for (CareTeamMember member : members) {
            CareTeam.CareTeamParticipantComponent participant = team.addParticipant();
            participant.addRole().setText("Treating physical therapist");
            participant.setMember(practitionerReference(member.key.therapistSubject()));
            participant.getPeriod().setStart(Date.from(member.assignedAt));
        }
        return team;
    }

    /** A therapist (or admin) as their Keycloak account shows them; the id is the account's subject. */
    public static Practitioner practitioner(Account account) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(account.subject());
        practitioner.setActive(account.enabled());
        HumanName name = practitioner.addName().setUse(HumanName.NameUse.OFFICIAL);
        if (account.lastName() != null) {
            name.setFamily(account.lastName());
        }
        if (account.firstName() != null) {
            name.addGiven(account.firstName());
        }
        name.setText(String.join(" ", List.of(nonNull(account.firstName()), nonNull(account.lastName())))
                .strip());
        if (account.email() != null) {
            practitioner
                    .addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setUse(ContactPoint.ContactPointUse.WORK)
                    .setValue(account.email());
        }
        return practitioner;
    }

    public static Reference practitionerReference(String subject) {
        return new Reference("Practitioner/" + subject);
    }

    /** A FHIR id is 1-64 of [A-Za-z0-9-.]: a Keycloak subject (a UUID) always is. */
    static boolean isFhirId(String id) {
        return id != null && id.matches("[A-Za-z0-9\\-.]{1,64}");
    }

    /** Decisions on one kind, newest last: which one is in force. */
    static boolean isNewest(ConsentDecision decision, List<ConsentDecision> all) {
        return all.stream()
                .filter(other -> other.kind == decision.kind)
                .noneMatch(other -> other.decidedAt.isAfter(decision.decidedAt)
                        || (other.decidedAt.equals(decision.decidedAt) && other.id.compareTo(decision.id) > 0));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
