package org.motus.patient.prom;

import java.util.List;

/** What the therapist chose for a patient's PROMs: the regular schedule per instrument, and the open assignments. */
public record PromAssignmentsView(List<ScheduleChoice> schedule, List<PromAssignmentView> open) {}
