package org.motus.gateway.signalling;

import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitStatus;

/**
 * What the room tells a connection besides relayed signalling. Plain data, so that a relay across
 * replicas can carry it as JSON.
 */
public sealed interface RoomEvent {

    /** The other participant entered the room ({@code reconnect}: they had been in it before). */
    record PeerJoined(ParticipantRole role, boolean reconnect) implements RoomEvent {}

    /** The other participant left ({@code reason}: left, disconnected, idle). */
    record PeerLeft(ParticipantRole role, String reason) implements RoomEvent {}

    /** The therapist admitted the patient: the call is on. */
    record Admitted() implements RoomEvent {}

    /** The other participant came back on a new connection during the call: restart ICE. */
    record PeerReconnected() implements RoomEvent {}

    /** The visit ended or was cancelled: leave. */
    record VisitClosed(VisitStatus status) implements RoomEvent {}

    /** A newer connection of the same participant took this seat (another tab, a reconnect). */
    record Replaced() implements RoomEvent {}
}
