package org.motus.patient.push;

/** The application server key a browser passes to {@code pushManager.subscribe()}. */
public record VapidPublicKey(String publicKey) {}
