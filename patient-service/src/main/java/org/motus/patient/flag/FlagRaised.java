package org.motus.patient.flag;

import java.util.UUID;
import org.motus.patient.rules.Severity;

/**
 * Fired (synchronously, inside the transaction of the reading that caused it) when a new flag is
 * stored, so the treating therapists' alerts are enqueued with it: both commit or neither does.
 * Alerts observe it; flags do not know them.
 */
public record FlagRaised(UUID flagId, UUID patientId, Severity severity) {}
