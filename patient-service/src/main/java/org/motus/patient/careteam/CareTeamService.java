package org.motus.patient.careteam;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.account.Accounts;
import org.motus.patient.account.Role;
import org.motus.patient.flag.Flag;
import org.motus.patient.flag.FlagKind;
import org.motus.patient.progress.AdherenceView;
import org.motus.patient.progress.ProgressService;
import org.motus.patient.record.CareTeamMember;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.WeeklyAdherence;
import org.motus.problem.NotFound;
import org.motus.problem.RuleViolation;

@ApplicationScoped
public class CareTeamService {

    private final Clock clock;
    private final PatientAccess access;
    private final Accounts accounts;

    public CareTeamService(PatientAccess access, Accounts accounts, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.accounts = accounts;
    }

    public List<CareTeamMemberView> members(Caller caller, UUID patientId) {
        return access.perform(
                caller,
                patientId,
                Action.READ_CARE_TEAM,
                patient -> CareTeamMember.ofPatient(patientId).stream()
                        .map(CareTeamMemberView::of)
                        .toList());
    }

    /** Admin: puts a therapist on the patient's care team; assigning twice changes nothing. */
    public CareTeamMemberView assign(Caller caller, UUID patientId, String therapistSubject) {
        return access.perform(caller, patientId, Action.ASSIGN_THERAPIST, patient -> {
            requireTherapist(therapistSubject, "therapistSubject");
            CareTeamMember.assign(patientId, therapistSubject, clock.instant());
            Panache.getEntityManager().clear();
            return CareTeamMemberView.of(CareTeamMember.findById(new CareTeamMember.Key(patientId, therapistSubject)));
        });
    }

    /** Admin: takes a therapist off the care team; they lose access at once. */
    public void remove(Caller caller, UUID patientId, String therapistSubject) {
        access.perform(caller, patientId, Action.REMOVE_THERAPIST, patient -> {
            if (!CareTeamMember.remove(patientId, therapistSubject)) {
                throw new NotFound("That therapist is not on this patient's care team.");
            }
            return null;
        });
    }

    /**
     * Admin: hands the patient from one therapist on the care team to another, with a note, in one
     * transaction (the audit row and the transfer row commit with it). The old therapist loses
     * access at once; the new one must be a therapist account.
     */
    public TransferView transfer(Caller caller, UUID patientId, TransferRequest request) {
        return access.perform(caller, patientId, Action.TRANSFER_CARE, patient -> {
            if (request.fromTherapistSubject().equals(request.toTherapistSubject())) {
                throw new RuleViolation("toTherapistSubject must differ from fromTherapistSubject.");
            }
            requireTherapist(request.toTherapistSubject(), "toTherapistSubject");
            if (!CareTeamMember.remove(patientId, request.fromTherapistSubject())) {
                throw new NotFound("That therapist is not on this patient's care team.");
            }
            CareTeamMember.assign(patientId, request.toTherapistSubject(), clock.instant());
            CareTeamTransfer transfer = new CareTeamTransfer();
            transfer.id = UUID.randomUUID();
            transfer.patientId = patientId;
            transfer.fromSubject = request.fromTherapistSubject();
            transfer.toSubject = request.toTherapistSubject();
            transfer.note = request.note().strip();
            transfer.transferredBy = caller.subject();
            transfer.transferredAt = clock.instant();
            transfer.persist();
            Panache.getEntityManager().flush();
            return TransferView.of(transfer);
        });
    }

    /** Motus stores a therapist's subject only when Keycloak has that account with the therapist role. */
    private void requireTherapist(String subject, String field) {
        if (!accounts.hasRole(subject, Role.THERAPIST)) {
            throw new RuleViolation(field + " must be the Keycloak subject of an existing therapist account.");
        }
    }

    /**
     * The calling therapist's caseload with latest pain, adherence (in each patient's zone) and
     * open flags: most severe first, then the oldest open flag, then by name (rule 17).
     */
    public List<CaseloadEntry> caseload(Caller caller) {
        return access.performForRole(caller, Action.READ_CASELOAD, () -> {
            List<UUID> ids = CareTeamMember.caseloadOf(caller.subject());
            Instant now = clock.instant();
            List<Patient> patients = ids.isEmpty()
                    ? List.of()
                    : Patient.<Patient>find(
                                    "select distinct p from Patient p left join fetch p.conditions"
                                            + " where p.id in ?1 and p.dischargedAt is null",
                                    ids)
                            // Read only: no snapshots to keep and no dirty check of 200 patients at commit.
                            .withHint(HibernateHints.HINT_READ_ONLY, true)
                            .list();
            CaseloadReads reads = CaseloadReads.of(patients, now, 1);
            List<CaseloadEntry> entries = patients.stream()
                    .map(patient -> entry(patient, now, reads))
                    .sorted(ORDER)
                    .toList();
            return new Touched<>(
                    entries, entries.stream().map(CaseloadEntry::patientId).toList());
        });
    }

    static final Comparator<CaseloadEntry> ORDER = Comparator.comparing(
                    CaseloadEntry::severity, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseloadEntry::oldestOpenFlagAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseloadEntry::displayName)
            .thenComparing(CaseloadEntry::patientId);

    private static CaseloadEntry entry(Patient patient, Instant now, CaseloadReads reads) {
        Instant from = ProgressService.adherenceWindowStart(patient.zone(), now, 1);
        AdherenceView adherence = ProgressService.adherenceFrom(
                patient,
                now,
                1,
                reads.sessionStarts(patient, from),
                reads.checkIns(patient, from),
                reads.consent(patient));
        WeeklyAdherence.Week thisWeek = adherence.weeks().get(0);
        CaseloadEntry.LatestPain latest = reads.latest(patient)
                .map(reading -> new CaseloadEntry.LatestPain(reading.pain(), reading.kind(), reading.occurredAt()))
                .orElse(null);
        List<Flag> open = reads.openFlags(patient);
        Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
        open.stream()
                .filter(flag -> flag.kind == FlagKind.RED_FLAG)
                .forEach(flag -> redFlags.addAll(RedFlag.decode(flag.redFlags)));
        Set<String> reasons = new LinkedHashSet<>();
        open.stream()
                .sorted(Comparator.comparing((Flag flag) -> flag.severity).thenComparing(flag -> flag.raisedAt))
                .forEach(flag -> reasons.add(flag.kind.reason(flag.kind == FlagKind.RED_FLAG ? redFlags : Set.of())));
        return new CaseloadEntry(
                patient.id,
                patient.displayName,
                patient.conditions.stream().sorted().toList(),
                patient.timeZone,
                latest,
                new CaseloadEntry.Adherence(
                        thisWeek.weekStart(),
                        thisWeek.sessions(),
                        patient.prescribedSessionsPerWeek,
                        adherence.last30Days().daysWithData(),
                        adherence.last30Days().reachesThreshold()),
                open.size(),
                open.stream()
                        .map(flag -> flag.severity)
                        .min(Comparator.naturalOrder())
                        .orElse(null),
                List.copyOf(reasons),
                redFlags.stream().sorted().toList(),
                open.isEmpty() ? null : open.get(0).raisedAt);
    }
}
