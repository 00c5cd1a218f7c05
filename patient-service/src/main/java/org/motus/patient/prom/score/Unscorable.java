package org.motus.patient.prom.score;

/** The answers cannot be scored by the instrument's published rule (the API answers 422). */
public final class Unscorable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Unscorable(String message) {
        super(message);
    }
}
