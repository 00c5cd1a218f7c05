package org.motus.patient.progress;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.RemoteMonitoring;
import org.motus.patient.rules.WeeklyAdherence;

/** Sessions per week against the prescribed frequency, and days with data in the last 30 (RTM). */
public record AdherenceView(
        UUID patientId,

        @Schema(description = "The patient's IANA time zone (rule 18), whoever is looking")
        String zone,

        @Schema(
                nullable = true,
                description = "From the patient record (set by the treating therapist); null when none is set")
        Integer prescribedSessionsPerWeek,

        @Schema(description = "Oldest week first; weeks run Monday to Sunday in the zone")
        List<WeeklyAdherence.Week> weeks,

        @Schema(
                description =
                        "Days with a check-in or session recorded while remote-monitoring consent was in force, in the rolling 30 days ending today; 16 are needed for remote monitoring (clinical-rules.md §22)")
        RemoteMonitoring.Window last30Days) {}
