package org.motus.patient.careteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.record.Condition;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.Severity;

/** One patient on the calling therapist's caseload, with what needs attention and why (rule 17). */
public record CaseloadEntry(
        UUID patientId,
        String displayName,
        List<Condition> conditions,

        @Schema(description = "The patient's IANA time zone; 'this week' and days with data are counted in it")
        String timeZone,

        @Schema(nullable = true, description = "The most recent check-in, or null before any")
        LatestPain latestPain,

        Adherence adherence,
        @Schema(description = "Flags not yet acknowledged") long openFlags,

        @Schema(nullable = true, description = "The highest severity among the open flags, or null without any")
        Severity severity,

        @Schema(description = "One plain sentence per open flag kind, most severe first")
        List<String> reasons,

        @Schema(description = "Codes of the open RED_FLAG flags")
        List<RedFlag> redFlags,

        @Schema(nullable = true, description = "When the oldest open flag was raised, or null")
        Instant oldestOpenFlagAt) {

    public record LatestPain(int pain, CheckInKind kind, Instant occurredAt) {}

    /** This week's sessions against the prescribed frequency, and days with data in the last 30 (RTM). */
    public record Adherence(
            LocalDate weekStart,
            int sessionsThisWeek,
            @Schema(nullable = true) Integer prescribedSessionsPerWeek,
            int daysWithDataLast30,
            boolean reachesRemoteMonitoringThreshold) {}
}
