package org.motus.gateway.visit;

import java.util.UUID;

/** A visit reached a final status (ended or cancelled): whoever is still connected must go. A CDI event. */
public record VisitClosed(UUID visitId, VisitStatus status) {}
