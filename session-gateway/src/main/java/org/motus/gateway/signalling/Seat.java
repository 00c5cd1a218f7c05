package org.motus.gateway.signalling;

import java.util.Objects;
import java.util.UUID;
import org.motus.gateway.visit.ParticipantRole;

/** A participant's place in a visit's room: at most one connection holds it at a time. */
public record Seat(UUID visitId, ParticipantRole role) {

    public Seat {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(role, "role");
    }

    public Seat peer() {
        return new Seat(visitId, role.other());
    }

    // Written out: the relay looks a seat up for every relayed message.
    @Override
    public boolean equals(Object other) {
        return other instanceof Seat seat && role == seat.role && visitId.equals(seat.visitId);
    }

    @Override
    public int hashCode() {
        return visitId.hashCode() * 31 + role.ordinal();
    }
}
