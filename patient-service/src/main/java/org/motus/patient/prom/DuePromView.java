package org.motus.patient.prom;

import java.time.LocalDate;
import org.motus.patient.prom.score.Instrument;
import org.motus.patient.prom.score.PromSchedule.Reason;

/** A PROM the patient should answer now: baseline or the 2-weekly follow-up, due since a day in their zone. */
public record DuePromView(Instrument instrument, Reason reason, LocalDate dueSince) {}
