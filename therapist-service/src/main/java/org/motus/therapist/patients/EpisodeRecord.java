package org.motus.therapist.patients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One episode of care in figures as patient-service gathers it ({@code GET
 * /api/v1/patients/{id}/discharge-summary}; sample {@code episode.pat} in the consumer contract).
 * The verdicts stay strings (pain.meaning, flags' kind and severity, PROM meaning) so a value this
 * service does not know yet prints as it came instead of failing the PDF.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EpisodeRecord(
        UUID patientId,
        String displayName,
        String zone,
        boolean interim,
        LocalDate careStarted,
        LocalDate careEnded,
        Instant dischargedAt,
        String dischargeNote,
        List<String> conditions,
        String goals,
        Pain pain,
        List<PainWeek> painWeeks,
        List<Measure> function,
        Adherence adherence,
        Flags flags,
        Instant generatedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pain(
            Integer baselinePain,
            Double endMeanPain,
            int endReadings,
            LocalDate endWindowFrom,
            LocalDate endWindowTo,
            Double changePoints,
            Double reductionPercent,
            String meaning) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PainWeek(
            LocalDate weekStart, int weekNumber, int readings, Double meanPain, Double reductionPercent) {}

    /** A PROM: baseline and latest score with the change and the published MCID (null when none). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measure(
            String instrument,
            BigDecimal baseline,
            Instant baselineAt,
            BigDecimal latest,
            Instant latestAt,
            BigDecimal change,
            BigDecimal mcid,
            boolean higherIsBetter,
            String meaning,
            int responses) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Adherence(
            int sessions,
            int weeksInCare,
            Integer prescribedSessionsPerWeek,
            Integer weeksPrescriptionMet,
            double meanSessionsPerWeek,
            Window last30Days) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(LocalDate from, LocalDate to, int daysWithData, int thresholdDays, boolean reachesThreshold) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flags(int urgent, int high, int routine, int stillOpen, List<RaisedFlag> raised) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RaisedFlag(
            String kind, String severity, String detail, Instant raisedAt, boolean open, Instant acknowledgedAt) {}

    public List<PainWeek> painWeeksOrEmpty() {
        return painWeeks == null ? List.of() : painWeeks;
    }

    public List<Measure> functionOrEmpty() {
        return function == null ? List.of() : function;
    }
}
