package org.motus.patient.message;

import java.time.Instant;

/** "Read by Tess Therapist at ...": one reader of one message. */
public record ReadReceipt(String readerName, AuthorRole readerRole, Instant readAt) {}
