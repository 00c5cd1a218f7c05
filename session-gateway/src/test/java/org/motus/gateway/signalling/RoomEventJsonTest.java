package org.motus.gateway.signalling;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitStatus;

class RoomEventJsonTest {

    @Test
    void everyRoomEventSurvivesTheTripThroughJson() {
        List<RoomEvent> events = List.of(
                new RoomEvent.PeerJoined(ParticipantRole.PATIENT, true),
                new RoomEvent.PeerJoined(ParticipantRole.THERAPIST, false),
                new RoomEvent.PeerLeft(ParticipantRole.THERAPIST, "idle"),
                new RoomEvent.Admitted(),
                new RoomEvent.PeerReconnected(),
                new RoomEvent.VisitClosed(VisitStatus.CANCELLED),
                new RoomEvent.Replaced());
        for (RoomEvent event : events) {
            JsonObject wire = new JsonObject(RoomEventJson.write(event).encode());
            assertThat(RoomEventJson.read(wire), equalTo(event));
        }
    }

    @Test
    void anUnknownEventIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RoomEventJson.read(new JsonObject().put("type", "party")));
        assertThrows(IllegalArgumentException.class, () -> RoomEventJson.read(new JsonObject()));
    }

    @Test
    void seatNamesRoundTripAndNonsenseIsNoSeat() {
        Seat seat = new Seat(java.util.UUID.randomUUID(), ParticipantRole.PATIENT);
        assertThat(RedisSignalRelay.seat(RedisSignalRelay.seatName(seat)), equalTo(seat));
        assertThat(RedisSignalRelay.seat("nonsense"), equalTo(null));
        assertThat(RedisSignalRelay.seat("not-a-uuid/PATIENT"), equalTo(null));
    }
}
