package org.motus.gateway.signalling;

import java.util.UUID;
import org.motus.gateway.visit.ParticipantRole;

/** A participant's place in a visit's room: at most one connection holds it at a time. */
public record Seat(UUID visitId, ParticipantRole role) {

    public Seat peer() {
        return new Seat(visitId, role.other());
    }
}
