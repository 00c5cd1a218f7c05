package org.motus.patient.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.account.Account;
import org.motus.patient.account.Accounts;
import org.motus.patient.account.Role;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.consent.ConsentDecision;
import org.motus.patient.exerciselog.ExerciseLog;
import org.motus.patient.prom.PromResponse;
import org.motus.patient.record.CareTeamMember;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.problem.NotFound;

/**
 * FHIR reads of consents, care teams and practitioners, through {@link PatientAccess} with the REST
 * API's own actions ({@code READ_CONSENTS}, {@code READ_CARE_TEAM}, {@code READ_STAFF_ACCOUNT}), so the
 * same people reach the same records and every read is audited.
 */
@ApplicationScoped
public class CareFhirReads {

    private final PatientAccess access;
    private final Accounts accounts;

    public CareFhirReads(PatientAccess access, Accounts accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    /** Every consent decision of the patient, oldest first; only the newest per kind can be active. */
    public List<Consent> consents(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_CONSENTS, patient -> consentsOf(patientId));
    }

    /** Every consent decision of the patient as a Consent, oldest first (also for the bulk export). */
    public static List<Consent> consentsOf(UUID patientId) {
        List<ConsentDecision> decisions = ConsentDecision.<ConsentDecision>list("patientId", patientId).stream()
                .sorted(Comparator.comparing((ConsentDecision d) -> d.decidedAt).thenComparing(d -> d.id))
                .toList();
        return decisions.stream()
                .map(decision -> CareFhir.consent(decision, CareFhir.isNewest(decision, decisions)))
                .toList();
    }

    /** One decision by its id; a decision of a patient out of reach is "not found". */
    public Consent consent(Caller caller, UUID consentId) {
        ConsentDecision decision = ConsentDecision.findById(consentId);
        if (decision == null) {
            throw new NotFound("No Consent " + consentId + ".");
        }
        return consents(caller, decision.patientId).stream()
                .filter(consent -> consent.getIdElement().getIdPart().equals(consentId.toString()))
                .findFirst()
                .orElseThrow(() -> new NotFound("No Consent " + consentId + "."));
    }

    public CareTeam careTeam(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_CARE_TEAM, CareFhirReads::careTeamOf);
    }

    /** The patient's one care team (also for the bulk export). */
    public static CareTeam careTeamOf(org.motus.patient.record.Patient patient) {
        return CareFhir.careTeam(patient, members(patient.id));
    }

    private static List<CareTeamMember> members(UUID patientId) {
        return CareTeamMember.ofPatient(patientId).stream()
                .sorted(Comparator.comparing((CareTeamMember m) -> m.assignedAt)
                        .thenComparing(m -> m.key.therapistSubject()))
                .toList();
    }

    /**
     * A therapist or admin by their account's subject, for whom it may concern: themself, an admin,
     * a patient they treat, or a therapist who treats a patient with them. Anyone else, and a
     * subject that is no staff account, is "not found".
     */
    public Practitioner practitioner(Caller caller, String subject) {
        return access.performForRole(caller, Action.READ_STAFF_ACCOUNT, "FHIR Practitioner " + subject, () -> {
            if (!CareFhir.isFhirId(subject) || !mayRead(caller, subject)) {
                throw new NotFound("No Practitioner " + subject + ".");
            }
            Account account = accounts.find(subject)
                    .filter(found -> found.roles().contains(Role.THERAPIST)
                            || found.roles().contains(Role.ADMIN))
                    .orElseThrow(() -> new NotFound("No Practitioner " + subject + "."));
            return new Touched<>(CareFhir.practitioner(account), List.of());
        });
    }

    private static boolean mayRead(Caller caller, String subject) {
        if (caller.subject().equals(subject) || caller.is(Caller.ADMIN)) {
            return true;
        }
        if (caller.isGrantedMachine()) {
            return caller.grant().everyPatient()
                    || CareTeamMember.treats(subject, caller.grant().patient());
        }
        if (caller.is(Caller.PATIENT)) {
            boolean treatsMe = org.motus.patient.record.Patient.findBySubject(caller.subject())
                    .map(own -> CareTeamMember.treats(subject, own.id))
                    .orElse(false);
            if (treatsMe) {
                return true;
            }
        }
        if (caller.is(Caller.THERAPIST)) {
            List<UUID> mine = CareTeamMember.caseloadOf(caller.subject());
            return !mine.isEmpty()
                    && CareTeamMember.caseloadOf(subject).stream().anyMatch(mine::contains);
        }
        return false;
    }

    /**
     * Patient/{id}/$everything: the record and everything this service holds about the patient,
     * oldest first within each type, each part read through its own access check and audit row
     * (an admin who does not treat the patient is refused at the record, 403).
     */
    public List<Resource> everything(Caller caller, UUID patientId) {
        List<Resource> all = new ArrayList<>();
        all.add(access.perform(caller, patientId, Action.READ_RECORD, FhirReads::patientWithIdentifiers));
        all.add(careTeam(caller, patientId));
        all.addAll(consents(caller, patientId));
        all.addAll(access.perform(
                caller,
                patientId,
                Action.READ_CHECK_INS,
                patient -> CheckIn.<CheckIn>list("patientId = ?1 order by occurredAt, id", patientId).stream()
                        .map(ToFhir::pain)
                        .toList()));
        all.addAll(access.perform(caller, patientId, Action.READ_SESSIONS, patient -> {
            List<Resource> heartRates = new ArrayList<>();
            ExerciseLog.<ExerciseLog>list(
                            "patientId = ?1 and (peakHeartRateBpm is not null or averageHeartRateBpm is not null)"
                                    + " order by startedAt, id",
                            patientId)
                    .forEach(session -> {
                        ToFhir.heartRate(session, ToFhir.HeartRateStatistic.PEAK)
                                .ifPresent(heartRates::add);
                        ToFhir.heartRate(session, ToFhir.HeartRateStatistic.MEAN)
                                .ifPresent(heartRates::add);
                    });
            return heartRates;
        }));
        all.addAll(access.perform(
                caller,
                patientId,
                Action.READ_FLAGS,
                patient -> org.motus.patient.flag.Flag.<org.motus.patient.flag.Flag>list(
                                "patientId = ?1 order by raisedAt, id", patientId)
                        .stream()
                        .map(ToFhir::flag)
                        .toList()));
        all.addAll(access.perform(
                caller,
                patientId,
                Action.READ_PROMS,
                patient -> PromResponse.<PromResponse>list("patientId = ?1 order by answeredAt, id", patientId).stream()
                        .map(PromFhir::response)
                        .toList()));
        return all;
    }
}
