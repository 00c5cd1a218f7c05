package org.motus.patient.message;

import java.util.UUID;
import org.motus.patient.record.Patient;

/**
 * Fired synchronously inside the transaction that stores a message (not on an idempotent replay), so
 * whatever must happen with it commits or rolls back with it. The seam for the new-message notice
 * through the notification outbox: its observer writes the outbox row; this package does not know it.
 *
 * @param authorSubject who wrote it (the notice goes to the others: the patient or the care team)
 */
public record MessageStored(Patient patient, UUID messageId, String authorSubject, AuthorRole authorRole) {}
