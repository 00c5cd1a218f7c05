package org.motus.patient.discharge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.flag.FlagView;
import org.motus.patient.prom.PromSummaryView;
import org.motus.patient.record.Condition;
import org.motus.patient.rules.EpisodeOutcome;
import org.motus.patient.rules.PainProgress;
import org.motus.patient.rules.RemoteMonitoring;

/**
 * One episode of care in figures, for the discharge summary (issue 13 item 2): goals, pain and
 * function against the baseline, adherence and flags. Days and weeks are the patient's (rule 18).
 */
public record DischargeSummaryView(
        UUID patientId,
        String displayName,

        @Schema(description = "The patient's IANA time zone; every day and week below is counted in it")
        String zone,

        @Schema(description = "True while the patient is still in care: the figures run to now, not to a discharge")
        boolean interim,

        @Schema(description = "The day the record was created")
        LocalDate careStarted,

        @Schema(description = "The day the episode ended (discharge), or today for an interim summary")
        LocalDate careEnded,

        @Schema(nullable = true) Instant dischargedAt,
        @Schema(nullable = true) String dischargeNote,
        List<Condition> conditions,
        @Schema(nullable = true) String goals,

        @Schema(description = "Pain at the end of the episode against the baseline")
        EpisodeOutcome.Pain pain,

        @Schema(description = "Weekly mean resting pain over the episode, oldest first (at most the newest 104 weeks)")
        List<PainProgress.Week> painWeeks,

        @Schema(description = "Each outcome measure answered at least once: baseline, latest and change")
        List<PromSummaryView> function,

        Adherence adherence,
        Flags flags,
        Instant generatedAt) {

    /**
     * @param weeksInCare                 calendar weeks (Monday to Sunday) from the first to the last
     * @param weeksPrescriptionMet        weeks that reached the prescribed sessions; null when none is prescribed
     * @param meanSessionsPerWeek         sessions / weeks in care, to one decimal
     */
    @Schema(name = "EpisodeAdherence")
    public record Adherence(
            int sessions,
            int weeksInCare,
            @Schema(nullable = true) Integer prescribedSessionsPerWeek,
            @Schema(nullable = true) Integer weeksPrescriptionMet,
            double meanSessionsPerWeek,

            @Schema(description = "Days with data in the 30 days ending on the last day of care (remote monitoring)")
            RemoteMonitoring.Window last30Days) {}

    /** Every flag of the episode, oldest first, with the counts by severity. */
    @Schema(name = "EpisodeFlags")
    public record Flags(int urgent, int high, int routine, int stillOpen, List<FlagView> raised) {}
}
