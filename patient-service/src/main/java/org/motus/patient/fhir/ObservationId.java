package org.motus.patient.fhir;

import java.util.UUID;
import org.motus.patient.fhir.ToFhir.HeartRateStatistic;

/**
 * The id of an Observation says which row it comes from: {@code pain-<check-in id>} for a pain
 * reading, {@code heart-rate-peak-<session id>} / {@code heart-rate-mean-<session id>} for a
 * logged session's heart rate. Stable, so a client that stored one finds it again.
 */
public final class ObservationId {

    private ObservationId() {}

    public static String pain(UUID checkInId) {
        return "pain-" + checkInId;
    }

    public static String heartRate(UUID sessionId, HeartRateStatistic statistic) {
        return "heart-rate-" + statistic.name().toLowerCase(java.util.Locale.ROOT) + "-" + sessionId;
    }
}
