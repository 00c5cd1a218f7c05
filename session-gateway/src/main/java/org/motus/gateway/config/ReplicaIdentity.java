package org.motus.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * This gateway process's replica id, new at every start: the key of its heartbeat row
 * ({@code replica.ReplicaHeartbeat}) and the replica recorded on the visit attendances it holds
 * ({@code visit.VisitService}). Here so that neither package depends on the other.
 */
@ApplicationScoped
public class ReplicaIdentity {

    private final UUID id = UUID.randomUUID();

    public UUID id() {
        return id;
    }
}
