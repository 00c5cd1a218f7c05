package org.motus.patient.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.flag.Flag;
import org.motus.patient.flag.FlagView;
import org.motus.patient.progress.AdherenceView;
import org.motus.patient.progress.ProgressService;
import org.motus.patient.progress.ProgressView;
import org.motus.patient.prom.PromService;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.rules.EpisodeOutcome;
import org.motus.patient.rules.Severity;
import org.motus.patient.rules.WeeklyAdherence;
import org.motus.patient.rules.Weeks;

/**
 * Gathers one episode of care for the discharge summary from the same reads and rules the
 * progress, adherence and PROM views use, so the summary never disagrees with the charts.
 */
@ApplicationScoped
public class DischargeSummaryService {

    /** Two years of weekly figures at most; older weeks still count in the totals. */
    static final int MAX_WEEKS = 104;

    private final PatientAccess access;
    private final Clock clock;

    public DischargeSummaryService(PatientAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public DischargeSummaryView summary(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_DISCHARGE_SUMMARY, this::summaryOf);
    }

    private DischargeSummaryView summaryOf(Patient patient) {
        Instant now = clock.instant();
        boolean interim = patient.dischargedAt == null;
        Instant end = interim ? now : patient.dischargedAt;
        ZoneId zone = patient.zone();
        LocalDate ended = LocalDate.ofInstant(end, zone);
        // Readings up to the end of the episode's last day, so a discharge at 09:00 keeps that morning's check-in.
        Instant readUntil = interim ? now : ended.plusDays(1).atStartOfDay(zone).toInstant();
        ProgressView progress = ProgressService.progressOf(patient, readUntil, MAX_WEEKS);
        // Data imported with the record may predate it: the episode starts with whichever came first.
        LocalDate created = LocalDate.ofInstant(patient.createdAt, zone);
        LocalDate started =
                progress.programmeStart() != null && progress.programmeStart().isBefore(created)
                        ? progress.programmeStart()
                        : created;
        int weeksInCare = Weeks.number(started, ended);

        Instant from = started.atStartOfDay(zone).toInstant();
        List<EpisodeOutcome.Reading> resting = CheckIn.between(patient.id, from, readUntil).stream()
                .filter(reading -> reading.kind.isResting())
                .map(reading -> new EpisodeOutcome.Reading(LocalDate.ofInstant(reading.occurredAt, zone), reading.pain))
                .toList();

        AdherenceView adherence = ProgressService.adherenceOf(patient, readUntil, weeksInCare);
        int sessions = adherence.weeks().stream()
                .mapToInt(WeeklyAdherence.Week::sessions)
                .sum();
        Integer weeksMet = patient.prescribedSessionsPerWeek == null
                ? null
                : (int) adherence.weeks().stream()
                        .filter(week -> Boolean.TRUE.equals(week.met()))
                        .count();

        List<FlagView> flags = Flag.<Flag>list("patientId = ?1 order by raisedAt, id", patient.id).stream()
                .map(FlagView::of)
                .toList();

        return new DischargeSummaryView(
                patient.id,
                patient.displayName,
                zone.getId(),
                interim,
                started,
                ended,
                patient.dischargedAt,
                patient.dischargeNote,
                patient.conditions.stream().sorted().toList(),
                patient.goals,
                EpisodeOutcome.pain(patient.baselinePain, resting),
                progress.weeks(),
                PromService.summaryOf(patient.id),
                new DischargeSummaryView.Adherence(
                        sessions,
                        weeksInCare,
                        patient.prescribedSessionsPerWeek,
                        weeksMet,
                        Math.round(10.0 * sessions / weeksInCare) / 10.0,
                        adherence.last30Days()),
                new DischargeSummaryView.Flags(
                        count(flags, Severity.URGENT),
                        count(flags, Severity.HIGH),
                        count(flags, Severity.ROUTINE),
                        (int) flags.stream().filter(FlagView::open).count(),
                        flags),
                now);
    }

    private static int count(List<FlagView> flags, Severity severity) {
        return (int) flags.stream().filter(flag -> flag.severity() == severity).count();
    }
}
