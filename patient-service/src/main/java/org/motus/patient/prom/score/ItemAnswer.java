package org.motus.patient.prom.score;

/**
 * One item of a PROM as answered: for PSFS the activity the patient named, for PEG-3 the item's
 * code; value 0-10, or null when the patient left it unanswered.
 */
public record ItemAnswer(String item, Integer value) {}
