package org.motus.patient.progress;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.checkin.CheckInKind;
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
        Instant first = firstDataAt(patientId);
        if (first == null) {
            return progressFrom(patient, now, weeks, null, List.of());
        }
        List<RestingPain> resting = CheckIn.between(patientId, readingsFrom(patient, now, weeks, first), now).stream()
                .filter(reading -> reading.kind.isResting())
                .map(reading -> new RestingPain(reading.occurredAt, reading.pain))
                .toList();
        return progressFrom(patient, now, weeks, first, resting);
    }

    /** A resting reading (DAILY or BEFORE a session): when and how much. */
    public record RestingPain(Instant occurredAt, int pain) {}

    /**
     * What a resting reading's flags read (flag.FlagService, rule 17), in one statement (issue 18):
     * when the patient's data starts, and the resting readings at or after {@code since}.
     *
     * @param firstDataAt the first check-in or session, null without any
     */
    public record RestingHistory(Instant firstDataAt, List<RestingPain> readings) {}

    /** The {@link RestingHistory} of a patient, with the resting readings at or after {@code since}. */
    public static RestingHistory restingHistory(UUID patientId, Instant since) {
        // The first check-in and the first session are looked up once, in the from list: as subqueries of the select
        // list they ran again for every reading of the week (issue 18). One row at least, even without readings. The
        // two kinds are two parameters, not a list: Hibernate translates a query with a list parameter again on every
        // run (session 20's profile).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = CheckIn.getEntityManager()
                .createNativeQuery("""
                        select f.first_check_in, s.first_session, c.occurred_at, c.pain
                          from (select min(occurred_at) first_check_in from check_in where patient_id = ?1) f
                         cross join (select min(started_at) first_session from exercise_session where patient_id = ?1) s
                          left join check_in c on c.patient_id = ?1 and c.occurred_at >= ?2
                                              and (c.kind = ?3 or c.kind = ?4)""")
                .unwrap(NativeQuery.class)
                .addScalar("first_check_in", Instant.class)
                .addScalar("first_session", Instant.class)
                .addScalar("occurred_at", Instant.class)
                .addScalar("pain", Integer.class)
                .setParameter(1, patientId)
                .setParameter(2, since)
                .setParameter(3, CheckInKind.BEFORE.name())
                .setParameter(4, CheckInKind.DAILY.name())
                .getResultList();
        Instant first = earliest((Instant) rows.get(0)[0], (Instant) rows.get(0)[1]);
        List<RestingPain> readings = rows.stream()
                .filter(row -> row[2] != null)
                .map(row -> new RestingPain((Instant) row[2], (Integer) row[3]))
                .toList();
        return new RestingHistory(first, readings);
    }

    /**
     * The first instant a resting reading can count in progress over {@code weeks} weeks up to {@code now}
     * (the oldest week shown), whenever the programme started: readings from here on are enough for
     * {@link #progressFrom}.
     */
    public static Instant readingsFrom(Patient patient, Instant now, int weeks) {
        ZoneId zone = patient.zone();
        return Weeks.startOf(LocalDate.ofInstant(now, zone))
                .minusWeeks(weeks - 1L)
                .atStartOfDay(zone)
                .toInstant();
    }

    /** The first instant a resting reading counts: the oldest week shown, or the programme's first day if later. */
    private static Instant readingsFrom(Patient patient, Instant now, int weeks, Instant first) {
        ZoneId zone = patient.zone();
        LocalDate programmeStart = first.atZone(zone).toLocalDate();
        LocalDate oldestShown = Weeks.startOf(LocalDate.ofInstant(now, zone)).minusWeeks(weeks - 1L);
        return (oldestShown.isAfter(programmeStart) ? oldestShown : programmeStart)
                .atStartOfDay(zone)
                .toInstant();
    }

    /**
     * Progress from what was read: the patient's first data ({@code null} without any) and their resting
     * readings from at least {@link #readingsFrom(Patient, Instant, int)}; readings outside the weeks shown
     * or at or after {@code now} are left out here.
     */
    public static ProgressView progressFrom(
            Patient patient, Instant now, int weeks, Instant first, List<RestingPain> resting) {
        UUID patientId = patient.id;
        ZoneId zone = patient.zone();
        if (first == null) {
            return new ProgressView(
                    patientId, zone.getId(), patient.baselinePain, null, List.of(), ProgressView.Course.RULE_9);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate programmeStart = first.atZone(zone).toLocalDate();
        Instant from = readingsFrom(patient, now, weeks, first);
        List<PainProgress.Reading> readings = resting.stream()
                .filter(reading -> !reading.occurredAt().isBefore(from)
                        && reading.occurredAt().isBefore(now))
                .map(reading -> new PainProgress.Reading(
                        reading.occurredAt().atZone(zone).toLocalDate(), reading.pain()))
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
        return earliest(firstCheckIn, firstSession);
    }

    private static Instant earliest(Instant firstCheckIn, Instant firstSession) {
        if (firstCheckIn == null) {
            return firstSession;
        }
        return firstSession == null || firstCheckIn.isBefore(firstSession) ? firstCheckIn : firstSession;
    }
}
