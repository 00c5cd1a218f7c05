package org.motus.patient.flag;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.checkin.CheckInRecorded;
import org.motus.patient.exerciselog.ExerciseLogEvaluated;
import org.motus.patient.exerciselog.ExerciseLogged;
import org.motus.patient.progress.ProgressService;
import org.motus.patient.progress.ProgressService.RestingHistory;
import org.motus.patient.progress.ProgressService.RestingPain;
import org.motus.patient.progress.ProgressView;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.rules.HeartRateCheck;
import org.motus.patient.rules.MaxHeartRate;
import org.motus.patient.rules.PainProgress;
import org.motus.patient.rules.PainTrend;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.SessionOutcome;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.search.PageRequest;

/**
 * Raises flags for the treating therapist (clinical-rules.md §3, 4, 13, 14, 16, 17), each with its
 * severity. A flag of a kind is raised at most once per session and per check-in, and trend flags
 * at most once open per kind and patient (the database keeps both unique, also under races).
 */
@ApplicationScoped
public class FlagService {

    private final PatientAccess access;
    private final Clock clock;
    private final Event<FlagRaised> raised;

    public FlagService(PatientAccess access, Clock clock, Event<FlagRaised> raised) {
        this.access = access;
        this.clock = clock;
        this.raised = raised;
    }

    /** A stored check-in: its red flags (rule 16), and a resting reading's trends (rule 17). */
    void onCheckIn(@Observes CheckInRecorded event) {
        CheckIn checkIn = event.checkIn();
        raiseRedFlags(checkIn.patientId, null, checkIn.id, event.redFlags(), "a " + checkIn.kind + " check-in");
        if (checkIn.kind.isResting()) {
            afterRestingReading(event.patient(), checkIn);
        }
    }

    /** A logged session: its red flags, and the resting pain before it. */
    void onExerciseLogged(@Observes ExerciseLogged event) {
        raiseRedFlags(event.patient().id, event.log().id, null, event.redFlags(), "a session");
        afterRestingReading(event.patient(), event.before());
    }

    /** A session's rules were computed after a reading arrived. */
    void onExerciseLogEvaluated(@Observes ExerciseLogEvaluated event) {
        raiseFor(
                event.patientId(),
                event.sessionId(),
                event.outcome(),
                event.painBefore(),
                event.painFollowUp(),
                event.averageHeartRateBpm(),
                event.peakHeartRateBpm());
    }

    /** The flags a session's outcome calls for: ceiling, pain not back (and twice in 7 days), heart-rate cap. */
    private void raiseFor(
            UUID patientId,
            UUID sessionId,
            SessionOutcome outcome,
            Integer painBefore,
            Integer painFollowUp,
            Integer averageBpm,
            Integer peakBpm) {
        if (outcome.brokeTheCeiling()) {
            raise(
                    patientId,
                    sessionId,
                    null,
                    FlagKind.ACTIVITY_CEILING_EXCEEDED,
                    "Worst pain during or right after the"
                            + " session was " + outcome.worstActivityPain()
                            + "/10, above this patient's activity ceiling of "
                            + outcome.ceilingUsed() + "/10.",
                    Set.of(),
                    null);
        }
        if (outcome.painNotBack()) {
            raise(
                    patientId,
                    sessionId,
                    null,
                    FlagKind.PAIN_NOT_BACK_TO_BASELINE,
                    "Pain at the follow-up was " + painFollowUp + "/10, above " + painBefore
                            + "/10 before the session.",
                    Set.of(),
                    null);
            List<Instant> misses = Panache.getEntityManager()
                    .createQuery("""
                            select s.endedAt from Flag f, ExerciseLog s
                             where s.id = f.sessionId and f.patientId = ?1 and f.kind = ?2""", Instant.class)
                    .setParameter(1, patientId)
                    .setParameter(2, FlagKind.PAIN_NOT_BACK_TO_BASELINE)
                    .getResultList();
            if (PainTrend.twoHourMissedTwice(misses, clock.instant())) {
                raise(
                        patientId,
                        sessionId,
                        null,
                        FlagKind.TWO_HOUR_RULE_MISSED_TWICE,
                        "Pain was not back to the"
                                + " pre-session level at the follow-up of two sessions within 7 days.",
                        Set.of(),
                        FlagKind.TWO_HOUR_RULE_MISSED_TWICE);
            }
        }
        if (outcome.aboveHeartRateCap()) {
            HeartRateCheck.Result heartRate = outcome.heartRate();
            raise(
                    patientId,
                    sessionId,
                    null,
                    FlagKind.HEART_RATE_ABOVE_CAP,
                    "Heart rate reached "
                            + (peakBpm != null ? peakBpm + " bpm (peak)" : averageBpm + " bpm (average)")
                            + ", above the cap of "
                            + heartRate.capBpm() + " bpm: " + MaxHeartRate.FIBROMYALGIA_CAP_PERCENT
                            + " % of the estimated maximum "
                            + heartRate.maxHeartRateBpm() + " bpm (fibromyalgia).",
                    Set.of(),
                    null);
        }
    }

    /** An URGENT flag naming the red flags answered yes at a session or a check-in (rule 16). */
    private void raiseRedFlags(UUID patientId, UUID sessionId, UUID checkInId, Set<RedFlag> redFlags, String where) {
        if (redFlags == null || redFlags.isEmpty()) {
            return;
        }
        raise(
                patientId,
                sessionId,
                checkInId,
                FlagKind.RED_FLAG,
                "Red flag at " + where + ": "
                        + redFlags.stream().sorted().map(RedFlag::description).collect(Collectors.joining("; ")) + ".",
                redFlags,
                null);
    }

    /**
     * After a resting reading (DAILY, or BEFORE a session): high daily pain, a worsening 7-day trend,
     * behind the expected course from week 4 (rule 17). Resting pain is judged against the
     * baseline, never against the activity ceiling.
     */
    private void afterRestingReading(Patient patient, CheckIn reading) {
        Instant now = clock.instant();
        if (reading.kind == CheckInKind.DAILY && PainTrend.highDailyPain(reading.pain, patient.baselinePain)) {
            raise(
                    patient.id,
                    null,
                    reading.id,
                    FlagKind.HIGH_DAILY_PAIN,
                    "Daily resting pain was " + reading.pain + "/10"
                            + (patient.baselinePain != null ? " (baseline " + patient.baselinePain + "/10)." : "."),
                    Set.of(),
                    FlagKind.HIGH_DAILY_PAIN);
        }
        // One read for both rules below (issue 18): the last 7 days' and this week's resting pain, and when the
        // programme started; only when and how much, not the check-ins.
        Instant weekAgo = now.minus(PainTrend.TREND_WINDOW);
        Instant thisWeek = ProgressService.readingsFrom(patient, now, 1);
        RestingHistory history =
                ProgressService.restingHistory(patient.id, weekAgo.isBefore(thisWeek) ? weekAgo : thisWeek);
        List<Integer> week = history.readings().stream()
                .filter(resting -> !resting.occurredAt().isBefore(weekAgo))
                .map(RestingPain::pain)
                .toList();
        if (PainTrend.worsening(week, patient.baselinePain)) {
            raise(
                    patient.id,
                    null,
                    null,
                    FlagKind.WORSENING_TREND,
                    "Mean resting pain over the last 7 days was " + PainTrend.mean(week)
                            + "/10, at least 2 above the baseline of " + patient.baselinePain + "/10.",
                    Set.of(),
                    FlagKind.WORSENING_TREND);
        }
        ProgressView progress =
                ProgressService.progressFrom(patient, now, 1, history.firstDataAt(), history.readings());
        if (!progress.weeks().isEmpty()) {
            PainProgress.Week current = progress.weeks().get(progress.weeks().size() - 1);
            if (PainTrend.behindExpectedCourse(current.weekNumber(), current.course())) {
                raise(
                        patient.id,
                        null,
                        null,
                        FlagKind.BEHIND_EXPECTED_COURSE,
                        "Programme week " + current.weekNumber()
                                + ": resting pain " + current.meanPain() + "/10, a reduction of "
                                + current.reductionPercent()
                                + " % against the baseline, behind the expected course.",
                        Set.of(),
                        FlagKind.BEHIND_EXPECTED_COURSE);
            }
        }
    }

    public PageRequest.Paged<FlagView> list(Caller caller, UUID patientId, FlagStatus status, PageRequest page) {
        return access.perform(caller, patientId, Action.READ_FLAGS, patient -> {
            String where = switch (status) {
                case OPEN -> " and acknowledgedAt is null";
                case ACKNOWLEDGED -> " and acknowledgedAt is not null";
                case ALL -> "";
            };
            List<Flag> rows = Flag.<Flag>find(
                            "patientId = :patient" + where + " and " + page.keyset("raisedAt", false)
                                    + " order by raisedAt desc, id desc",
                            page.parameters(java.util.Map.of("patient", patientId)))
                    .page(0, page.rowsToRead())
                    .list();
            return page.cut(rows, flag -> flag.raisedAt, flag -> flag.id).map(FlagView::of);
        });
    }

    /** The treating therapist acknowledges an open flag; acknowledging it again is a conflict. */
    public FlagView acknowledge(Caller caller, UUID patientId, UUID flagId) {
        return access.perform(caller, patientId, Action.ACKNOWLEDGE_FLAG, patient -> {
            int changed = Panache.getEntityManager()
                    .createNativeQuery("""
                            update flag set acknowledged_at = ?1, acknowledged_by = ?2
                             where id = ?3 and patient_id = ?4 and acknowledged_at is null""")
                    .setParameter(1, clock.instant())
                    .setParameter(2, caller.subject())
                    .setParameter(3, flagId)
                    .setParameter(4, patientId)
                    .executeUpdate();
            Flag flag = Flag.<Flag>find("id = ?1 and patientId = ?2", flagId, patientId)
                    .firstResultOptional()
                    .orElseThrow(() -> new NotFound("No flag " + flagId + "."));
            if (changed == 0) {
                throw new Conflict("This flag was acknowledged already.");
            }
            Panache.getEntityManager().refresh(flag);
            return FlagView.of(flag);
        });
    }

    /**
     * Inserts a flag unless one like it exists: the same kind for the session or check-in, or an
     * open one with the same {@code openKey} (trend flags); a new flag is announced ({@link FlagRaised}).
     */
    private void raise(
            UUID patientId,
            UUID sessionId,
            UUID checkInId,
            FlagKind kind,
            String detail,
            Set<RedFlag> redFlags,
            FlagKind openKey) {
        UUID id = UUID.randomUUID();
        int inserted = Panache.getEntityManager()
                .createNativeQuery("""
                        insert into flag (id, patient_id, session_id, check_in_id, kind, severity, detail, red_flags,
                                          open_key, raised_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict do nothing""")
                .setParameter(1, id)
                .setParameter(2, patientId)
                .setParameter(3, sessionId)
                .setParameter(4, checkInId)
                .setParameter(5, kind.name())
                .setParameter(6, kind.severity().name())
                .setParameter(7, detail)
                .setParameter(8, RedFlag.encode(redFlags))
                .setParameter(9, openKey == null ? null : openKey.name())
                .setParameter(10, clock.instant())
                .executeUpdate();
        if (inserted == 1) {
            raised.fire(new FlagRaised(id, patientId, kind.severity()));
        }
    }
}
