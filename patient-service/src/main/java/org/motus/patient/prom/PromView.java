package org.motus.patient.prom;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.motus.patient.prom.score.Instrument;

/** A scored PROM response. */
public record PromView(
        UUID id, Instrument instrument, BigDecimal score, Instant answeredAt, List<PromRequest.PromItem> items) {

    static PromView of(PromResponse response) {
        return new PromView(
                response.id,
                response.instrument,
                response.score,
                response.answeredAt,
                response.answers.stream()
                        .map(a -> new PromRequest.PromItem(a.item, (int) a.value))
                        .toList());
    }
}
