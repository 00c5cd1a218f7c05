package org.motus.gateway.audit;

import java.time.Instant;
import java.util.UUID;

/** What an admin asks of the trail: any of patient, visit, actor and action, in [from, to), at most limit rows. */
public record AuditQuery(
        UUID patientId, UUID visitId, String actor, AuditAction action, Instant from, Instant to, int limit) {}
