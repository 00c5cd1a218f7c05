package org.motus.patient.progress;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.consent.ConsentDecision;
import org.motus.patient.consent.ConsentKind;
import org.motus.patient.exerciselog.ExerciseLog;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.rules.PainProgress;
import org.motus.patient.rules.RemoteMonitoring;
import org.motus.patient.rules.WeeklyAdherence;
import org.motus.patient.rules.Weeks;

/** Reads what the charts need and hands it to the rules in {@code org.motus.patient.rules}. */
@ApplicationScoped
public class ProgressService {

    private final Clock clock;
    private final PatientAccess access;

    public ProgressService(PatientAccess access, Clock clock) {
        this.clock = clock;
        this.access = access;
    }

    /** Weeks and days in the patient's own zone, whoever is looking (rule 18). */
    public AdherenceView adherence(Caller caller, UUID patientId, int weeks) {
        return access.perform(
                caller, patientId, Action.READ_ADHERENCE, patient -> adherenceOf(patient, clock.instant(), weeks));
    }

    public ProgressView progress(Caller caller, UUID patientId, int weeks) {
        return access.perform(
                caller, patientId, Action.READ_PROGRESS, patient -> progressOf(patient, clock.instant(), weeks));
    }

    /** Progress for one patient in the patient's zone; the caller has checked access. */
    public static ProgressView progressOf(Patient patient, Instant now, int weeks) {
        UUID patientId = patient.id;
        ZoneId zone = patient.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant first = firstDataAt(patientId);
        if (first == null) {
            return new ProgressView(
                    patientId, zone.getId(), patient.baselinePain, null, List.of(), ProgressView.Course.RULE_9);
        }
        LocalDate programmeStart = first.atZone(zone).toLocalDate();
        LocalDate oldestShown = Weeks.startOf(today).minusWeeks(weeks - 1L);
        Instant from = (oldestShown.isAfter(programmeStart) ? oldestShown : programmeStart)
                .atStartOfDay(zone)
                .toInstant();
        List<PainProgress.Reading> readings = CheckIn.between(patientId, from, now).stream()
                .filter(reading -> reading.kind.isResting())
                .map(reading ->
                        new PainProgress.Reading(reading.occurredAt.atZone(zone).toLocalDate(), reading.pain))
                .toList();
        return new ProgressView(
                patientId,
                zone.getId(),
                patient.baselinePain,
                programmeStart,
                PainProgress.weekly(patient.baselinePain, readings, programmeStart, today, weeks),
                ProgressView.Course.RULE_9);
    }

    /** Adherence for one patient in the patient's zone; the caller has checked access. */
    public static AdherenceView adherenceOf(Patient patient, Instant now, int weeks) {
        Instant from = adherenceWindowStart(patient.zone(), now, weeks);
        List<Instant> sessionStarts = ExerciseLog.startedBetween(patient.id, from, now).stream()
                .map(session -> session.startedAt)
                .toList();
        List<Instant> checkIns = CheckIn.between(patient.id, from, now).stream()
                .map(reading -> reading.occurredAt)
                .toList();
        List<RemoteMonitoring.ConsentChange> consent = new ArrayList<>();
        ConsentDecision.acceptedAt(patient.id, ConsentKind.REMOTE_MONITORING)
                .forEach(at -> consent.add(new RemoteMonitoring.ConsentChange(at, true)));
        ConsentDecision.refusedAt(patient.id, ConsentKind.REMOTE_MONITORING)
                .forEach(at -> consent.add(new RemoteMonitoring.ConsentChange(at, false)));
        return adherenceFrom(patient, now, weeks, sessionStarts, checkIns, consent);
    }

    /**
     * The first instant adherence over {@code weeks} weeks and the rolling 30 days reads, in the
     * patient's zone: whichever starts earlier.
     */
    public static Instant adherenceWindowStart(ZoneId zone, Instant now, int weeks) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate firstWeek = Weeks.startOf(today).minusWeeks(weeks - 1L);
        LocalDate windowStart = today.minusDays(RemoteMonitoring.WINDOW_DAYS - 1L);
        LocalDate from = firstWeek.isBefore(windowStart) ? firstWeek : windowStart;
        return from.atStartOfDay(zone).toInstant();
    }

    /**
     * Adherence from what was read (sessions and check-ins from {@link #adherenceWindowStart}, the
     * remote-monitoring consent decisions), so one patient's reads and a whole caseload's batched
     * reads give the same answer.
     */
    public static AdherenceView adherenceFrom(
            Patient patient,
            Instant now,
            int weeks,
            List<Instant> sessionStarts,
            List<Instant> checkIns,
            List<RemoteMonitoring.ConsentChange> consent) {
        ZoneId zone = patient.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<LocalDate> sessionDays = sessionStarts.stream()
                .map(start -> start.atZone(zone).toLocalDate())
                .toList();
        List<Instant> recordedAt = new ArrayList<>(sessionStarts);
        recordedAt.addAll(checkIns);
        return new AdherenceView(
                patient.id,
                zone.getId(),
                patient.prescribedSessionsPerWeek,
                WeeklyAdherence.series(patient.prescribedSessionsPerWeek, sessionDays, today, weeks),
                RemoteMonitoring.rolling(recordedAt, consent, zone, today));
    }

    private static Instant firstDataAt(UUID patientId) {
        Instant firstCheckIn = CheckIn.getEntityManager()
                .createQuery("select min(c.occurredAt) from CheckIn c where c.patientId = ?1", Instant.class)
                .setParameter(1, patientId)
                .getSingleResult();
        Instant firstSession = CheckIn.getEntityManager()
                .createQuery("select min(s.startedAt) from ExerciseLog s where s.patientId = ?1", Instant.class)
                .setParameter(1, patientId)
                .getSingleResult();
        if (firstCheckIn == null) {
            return firstSession;
        }
        return firstSession == null || firstCheckIn.isBefore(firstSession) ? firstCheckIn : firstSession;
    }
}
