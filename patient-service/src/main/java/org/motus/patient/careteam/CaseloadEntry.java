package org.motus.patient.careteam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.record.Condition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One patient on the calling therapist's caseload, with what needs attention. */
public record CaseloadEntry(
        UUID patientId,
        String displayName,
        List<Condition> conditions,
        @Schema(description = "The most recent check-in, or null before any") LatestPain latestPain,
        Adherence adherence,
        @Schema(description = "Flags not yet acknowledged") long openFlags) {

    public record LatestPain(int pain, CheckInKind kind, Instant occurredAt) {
    }

    /** This week's sessions against the prescribed frequency, and days with data in the last 30 (RTM). */
    public record Adherence(LocalDate weekStart, int sessionsThisWeek, Integer prescribedSessionsPerWeek,
                            int daysWithDataLast30, boolean reachesRemoteMonitoringThreshold) {
    }
}
