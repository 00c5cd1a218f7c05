package org.motus.gateway.signalling;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.motus.gateway.testing.Visits.as;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.SignalClient;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/**
 * The signalling socket with real WebSocket clients and real signed-in sessions: admission, the
 * waiting room, the offer/answer/candidate exchange, refusals, bad input, flooding, reconnects.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class SignallingTest {

    private static final String SDP_OFFER = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
            + "a=group:BUNDLE 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\na=sendrecv\r\n";
    private static final String SDP_ANSWER = SDP_OFFER.replace("sendrecv", "recvonly");

    @OidcWireMock
    WireMockServer oidc;

    private Visits visits;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
    }

    static JsonObject message(String type) {
        return new JsonObject().put("v", 1).put("type", type);
    }

    static JsonObject candidate(String line) {
        return message("candidate")
                .put(
                        "candidate",
                        new JsonObject()
                                .put("candidate", line)
                                .put("sdpMid", "0")
                                .put("sdpMLineIndex", 0));
    }

    /** Both participants in the call: the patient waits, the therapist admits. */
    private record Call(SignalClient therapist, SignalClient patient) implements AutoCloseable {
        @Override
        public void close() {
            therapist.close();
            patient.close();
        }
    }

    private Call inCall(UUID visit) {
        SignalClient patient = SignalClient.join(visits.patBrowser, visit);
        SignalClient therapist = SignalClient.join(visits.tessBrowser, visit);
        patient.expect("peer-joined");
        therapist.send(message("admit"));
        therapist.expect("admitted");
        patient.expect("admitted");
        return new Call(therapist, patient);
    }

    @Test
    void twoParticipantsGoThroughTheWaitingRoomAndTheWholeOfferAnswerCandidateExchange() {
        UUID visit = visits.joinable();

        SignalClient patient = SignalClient.open(visits.patBrowser, visit);
        patient.send(message("join"));
        JsonObject patientJoined = patient.expect("joined");
        assertThat(patientJoined.getString("role"), equalTo("patient"));
        assertThat(patientJoined.getString("status"), equalTo("WAITING"));
        assertThat(patientJoined.getBoolean("peerPresent"), is(false));
        as(visits.tessBrowser)
                .get("/api/v1/visits/" + visit)
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITING"));

        SignalClient therapist = SignalClient.open(visits.tessBrowser, visit);
        therapist.send(message("join"));
        JsonObject therapistJoined = therapist.expect("joined");
        assertThat(therapistJoined.getString("role"), equalTo("therapist"));
        assertThat(therapistJoined.getBoolean("peerPresent"), is(true));
        assertThat(patient.expect("peer-joined").getString("role"), equalTo("therapist"));

        // No media before admission.
        patient.send(message("offer").put("sdp", SDP_OFFER).put("id", "early"));
        JsonObject early = patient.expect("error");
        assertThat(early.getString("code"), equalTo("not-in-call"));
        assertThat(early.getString("ref"), equalTo("early"));

        therapist.send(message("admit"));
        assertThat(therapist.expect("admitted").getString("status"), equalTo("IN_PROGRESS"));
        assertThat(patient.expect("admitted").getString("status"), equalTo("IN_PROGRESS"));
        as(visits.patBrowser)
                .get("/api/v1/visits/" + visit)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));

        // The therapist offers, the patient answers, both trickle candidates: each reaches the other, unchanged.
        JsonObject offer = message("offer").put("sdp", SDP_OFFER).put("id", "o1");
        therapist.send(offer);
        assertThat(patient.expect("offer"), equalTo(offer));
        JsonObject answer = message("answer").put("sdp", SDP_ANSWER);
        patient.send(answer);
        assertThat(therapist.expect("answer"), equalTo(answer));
        JsonObject therapistCandidate = candidate("candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host");
        JsonObject patientCandidate = candidate("candidate:2 1 udp 2122260223 127.0.0.1 50001 typ host");
        therapist.send(therapistCandidate);
        patient.send(patientCandidate);
        assertThat(patient.expect("candidate"), equalTo(therapistCandidate));
        assertThat(therapist.expect("candidate"), equalTo(patientCandidate));
        JsonObject endOfCandidates = message("candidate").putNull("candidate");
        therapist.send(endOfCandidates);
        assertThat(patient.expect("candidate"), equalTo(endOfCandidates));

        patient.send(message("ping").put("id", "p1"));
        assertThat(patient.expect("pong").getString("id"), equalTo("p1"));

        // The therapist ends the visit: both are told and closed.
        therapist.send(message("end"));
        assertThat(therapist.awaitType("ended").getString("status"), equalTo("ENDED"));
        assertThat(patient.awaitType("ended").getString("status"), equalTo("ENDED"));
        assertThat(therapist.awaitClose().code(), equalTo(4000));
        assertThat(patient.awaitClose().code(), equalTo(4000));

        as(visits.tessBrowser)
                .get("/api/v1/visits/" + visit + "/record")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("actualStart", not(nullValue()))
                .body("actualEnd", not(nullValue()))
                .body("durationSeconds", not(nullValue()))
                .body("attendance.role", equalTo(List.of("patient", "therapist")))
                .body("reconnects.patient", equalTo(0));
    }

    @Test
    void strangersOtherPatientsAdminsAndLoggedOutClientsAreRefused() {
        UUID visit = visits.joinable();

        assertThat("no session", SignalClient.refusal(null, visit), equalTo(401));
        assertThat("the other patient", SignalClient.refusal(visits.paulaBrowser, visit), equalTo(404));
        assertThat("a therapist who does not treat pat", SignalClient.refusal(visits.theoBrowser, visit), equalTo(404));
        assertThat("an admin", SignalClient.refusal(visits.adamBrowser, visit), equalTo(404));
        assertThat("no such visit", SignalClient.refusal(visits.patBrowser, UUID.randomUUID()), equalTo(404));

        BrowserSession loggedOut = BrowserSession.signIn(oidc, visits.pat);
        BrowserSession.redirectOf(loggedOut.get("/logout"));
        assertThat("signed out", SignalClient.refusal(loggedOut, visit), equalTo(401));
    }

    @Test
    void aPatientWithoutConsentToTelehealthIsRefusedTheRoomUntilTheyGiveIt() {
        UUID visit = visits.joinable();
        FakePatients.withoutTelehealthConsent(visits.patId, true);
        try {
            assertThat("consent withdrawn", SignalClient.refusal(visits.patBrowser, visit), equalTo(409));
            // The therapist's side needs no consent of theirs: tess still enters and waits.
            SignalClient therapist = SignalClient.join(visits.tessBrowser, visit);
            therapist.close();
        } finally {
            FakePatients.withoutTelehealthConsent(visits.patId, false);
        }
        SignalClient patient = SignalClient.join(visits.patBrowser, visit);
        patient.close();
    }

    @Test
    void crossOriginUpgradeIsRefused() {
        UUID visit = visits.joinable();
        var options = SignalClient.options(visits.patBrowser, visit);
        options.getHeaders().set("Origin", "https://evil.example");
        assertThat(SignalClient.refusal(options), equalTo(403));
    }

    @Test
    void cancelledEndedAndNotYetOpenVisitsAreRefused() {
        UUID cancelled = visits.joinable();
        as(visits.patBrowser)
                .contentType("application/json")
                .body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/visits/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        assertThat(SignalClient.refusal(visits.patBrowser, cancelled), equalTo(409));
        assertThat(SignalClient.refusal(visits.tessBrowser, cancelled), equalTo(409));

        UUID ended = visits.joinable();
        try (Call call = inCall(ended)) {
            as(visits.tessBrowser)
                    .post("/api/v1/visits/" + ended + "/end")
                    .then()
                    .statusCode(200);
            call.patient().awaitType("ended");
            assertThat(call.patient().awaitClose().code(), equalTo(4000));
        }
        assertThat(SignalClient.refusal(visits.patBrowser, ended), equalTo(409));

        UUID tomorrow = visits.book(Duration.ofHours(24), 30);
        assertThat(SignalClient.refusal(visits.patBrowser, tomorrow), equalTo(409));
    }

    @Test
    void cancellingClosesTheWaitingRoom() {
        UUID visit = visits.joinable();
        SignalClient patient = SignalClient.join(visits.patBrowser, visit);
        as(visits.tessBrowser)
                .contentType("application/json")
                .body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/visits/" + visit + "/cancel")
                .then()
                .statusCode(200);
        assertThat(patient.awaitType("ended").getString("status"), equalTo("CANCELLED"));
        SignalClient.Close close = patient.awaitClose();
        assertThat(close.code(), equalTo(4000));
        assertThat(close.reason(), containsString("cancelled"));
    }

    @Test
    void badMessagesGetErrorsNeverReachThePeerAndTheRoomStaysUp() {
        UUID visit = visits.joinable();
        try (Call call = inCall(visit)) {
            SignalClient patient = call.patient();
            SignalClient therapist = call.therapist();

            patient.sendText("{ not json");
            assertThat(patient.expect("error").getString("code"), equalTo("malformed"));
            patient.sendText("[1,2,3]");
            assertThat(patient.expect("error").getString("code"), equalTo("malformed"));
            patient.send(new JsonObject().put("type", "offer").put("sdp", SDP_OFFER));
            assertThat(patient.expect("error").getString("code"), equalTo("malformed"));
            patient.send(message("offer").put("v", 2).put("sdp", SDP_OFFER));
            assertThat(patient.expect("error").getString("code"), equalTo("unsupported-version"));
            patient.send(message("mute-everyone").put("id", "x1"));
            JsonObject unknown = patient.expect("error");
            assertThat(unknown.getString("code"), equalTo("unknown-type"));
            assertThat(unknown.getString("ref"), equalTo("x1"));
            patient.send(message("offer").put("sdp", 42));
            assertThat(patient.expect("error").getString("code"), equalTo("invalid"));
            patient.send(message("offer").put("sdp", SDP_OFFER).put("smuggled", "data"));
            assertThat(patient.expect("error").getString("code"), equalTo("invalid"));
            patient.send(message("candidate").put("candidate", new JsonObject().put("candidate", "candidate:1")));
            assertThat(patient.expect("error").getString("code"), equalTo("invalid"));
            patient.send(message("admit"));
            assertThat(patient.expect("error").getString("code"), equalTo("forbidden"));
            patient.sendBinary(new byte[] {1, 2, 3});
            assertThat(patient.expect("error").getString("code"), equalTo("binary-unsupported"));
            String oversized = "v=0\r\n" + "a=x".repeat(70_000 / 3);
            patient.send(message("offer").put("sdp", oversized));
            JsonObject tooLarge = patient.expect("error");
            assertThat(tooLarge.getString("code"), equalTo("too-large"));
            assertThat(tooLarge.getString("message"), containsString("65536"));

            // None of it reached the therapist: the first thing they get is the next valid message.
            JsonObject sentinel = candidate("candidate:9 1 udp 1 127.0.0.1 9 typ host");
            patient.send(sentinel);
            assertThat(therapist.next(), equalTo(sentinel));
            assertThat(therapist.drain(), equalTo(List.of()));
            assertThat(patient.isClosed(), is(false));
            assertThat(therapist.isClosed(), is(false));
        }
    }

    @Test
    void whoMutedOrTurnedTheCameraOffReachesTheOtherSideOnlyAndIsValidated() {
        UUID visit = visits.joinable();
        try (Call call = inCall(visit)) {
            SignalClient patient = call.patient();
            SignalClient therapist = call.therapist();

            JsonObject muted = message("media-state").put("audio", false).put("video", true);
            patient.send(muted);
            assertThat(therapist.expect("media-state"), equalTo(muted));
            JsonObject cameraOff = message("media-state").put("audio", true).put("video", false);
            therapist.send(cameraOff);
            assertThat(patient.expect("media-state"), equalTo(cameraOff));

            patient.send(message("media-state").put("audio", "no").put("video", true));
            assertThat(patient.expect("error").getString("code"), equalTo("invalid"));
            patient.send(message("media-state").put("audio", false));
            assertThat(patient.expect("error").getString("code"), equalTo("invalid"));
            patient.send(message("media-state")
                    .put("audio", false)
                    .put("video", true)
                    .put("who", "x"));
            assertThat(patient.expect("error").getString("code"), equalTo("invalid"));
            // None of the refused ones reached the therapist, and the sender never hears its own.
            assertThat(therapist.drain(), equalTo(List.of()));
            assertThat(patient.drain(), equalTo(List.of()));
        }
    }

    @Test
    void floodingIsRateLimitedWithErrorsAndTheExcessNeverReachesThePeer() {
        UUID visit = visits.joinable();
        try (Call call = inCall(visit)) {
            int sent = 300;
            for (int i = 0; i < sent; i++) {
                call.patient().send(candidate("candidate:" + i + " 1 udp 1 127.0.0.1 9 typ host"));
            }
            // Once the bucket has refilled a little, a ping is answered again; collect every reply until then.
            List<JsonObject> replies = new ArrayList<>();
            int[] pings = {0};
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        call.patient().send(message("ping"));
                        pings[0]++;
                        replies.addAll(call.patient().drain());
                        return replies.stream().anyMatch(reply -> "pong".equals(reply.getString("type")));
                    });
            List<JsonObject> errors = replies.stream()
                    .filter(reply -> "error".equals(reply.getString("type")))
                    .toList();
            assertThat(errors.stream().map(e -> e.getString("code")).toList(), everyItem(equalTo("rate-limited")));
            assertThat(errors.size(), greaterThan(sent / 2));

            // What reached the therapist is what arrived before the sentinel: only candidates within the budget.
            JsonObject sentinel = message("ice-restart").put("id", "sentinel");
            call.patient().send(sentinel);
            List<JsonObject> relayed = new ArrayList<>();
            JsonObject got;
            while (!(got = call.therapist().next()).equals(sentinel)) {
                relayed.add(got);
            }
            assertThat(relayed.stream().map(m -> m.getString("type")).toList(), everyItem(equalTo("candidate")));
            assertThat(relayed.size(), lessThanOrEqualTo(60));
            // Each flooded candidate was either relayed or answered with an error, never both.
            assertThat(relayed.size() + errors.size(), greaterThanOrEqualTo(sent));
            assertThat(relayed.size() + errors.size(), lessThanOrEqualTo(sent + pings[0]));
            assertThat(call.therapist().isClosed(), is(false));
            assertThat(call.patient().isClosed(), is(false));
        }
    }

    @Test
    void aBrowsersOfferOfPerMessageCompressionIsRefused() {
        // Issue 18 item 5: the answer is decided (application.properties, SIGNALLING.md), not a default.
        UUID visit = visits.joinable();
        assertThat(SignalClient.extensionsAnsweredToABrowserOffer(visits.patBrowser, visit), nullValue());
    }

    @Test
    void aReconnectReplacesTheOldSocketAndAsksThePeerForAnIceRestart() {
        UUID visit = visits.joinable();
        try (Call call = inCall(visit)) {
            // The patient's network changes: a new socket, same session.
            SignalClient again = SignalClient.open(visits.patBrowser, visit);
            again.send(message("join"));
            JsonObject joined = again.expect("joined");
            assertThat(joined.getBoolean("reconnect"), is(true));
            assertThat(joined.getString("status"), equalTo("IN_PROGRESS"));
            assertThat(joined.getBoolean("peerPresent"), is(true));

            SignalClient.Close old = call.patient().awaitClose();
            assertThat(old.code(), equalTo(4001));
            assertThat(old.reason(), containsString("newer connection"));

            JsonObject peerJoined = call.therapist().awaitType("peer-joined");
            assertThat(peerJoined.getBoolean("reconnect"), is(true));
            assertThat(call.therapist().awaitType("ice-restart").getString("reason"), equalTo("peer-reconnected"));

            // The call goes on over the new socket; the old one gets nothing more.
            JsonObject restartOffer = message("offer").put("sdp", SDP_OFFER);
            call.therapist().send(restartOffer);
            assertThat(again.expect("offer"), equalTo(restartOffer));
            again.send(message("answer").put("sdp", SDP_ANSWER));
            assertThat(call.therapist().expect("answer").getString("sdp"), equalTo(SDP_ANSWER));
            assertThat(
                    call.therapist().drain().stream()
                            .map(m -> m.getString("type"))
                            .toList(),
                    not(hasItem("peer-left")));
            again.close();

            as(visits.tessBrowser)
                    .get("/api/v1/visits/" + visit + "/record")
                    .then()
                    .statusCode(200)
                    .body("reconnects.patient", equalTo(1));
        }
    }

    @Test
    void twoTabsOfOnePersonTheNewestWinsAndTheOlderIsToldWhy() {
        UUID visit = visits.joinable();
        BrowserSession secondTab = BrowserSession.signIn(oidc, visits.tess);
        SignalClient first = SignalClient.join(visits.tessBrowser, visit);
        SignalClient second = SignalClient.join(secondTab, visit);
        SignalClient.Close close = first.awaitClose();
        assertThat(close.code(), equalTo(4001));
        assertThat(close.reason(), equalTo(CloseReason.REPLACED.reason));
        second.send(message("ping"));
        assertThat(second.expect("pong").getString("type"), equalTo("pong"));
        second.close();
    }

    @Test
    void leavingTellsThePeerAndAPatientWhoLeavesTheWaitingRoomUnwaitsTheVisit() {
        UUID visit = visits.joinable();
        SignalClient therapist = SignalClient.join(visits.tessBrowser, visit);
        SignalClient patient = SignalClient.join(visits.patBrowser, visit);
        therapist.expect("peer-joined");
        patient.send(message("leave"));
        assertThat(patient.awaitClose().code(), equalTo(1000));
        JsonObject left = therapist.expect("peer-left");
        assertThat(left.getString("role"), equalTo("patient"));
        assertThat(left.getString("reason"), equalTo("left"));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> as(visits.tessBrowser)
                        .get("/api/v1/visits/" + visit)
                        .then()
                        .body("status", equalTo("SCHEDULED")));
        // Admitting nobody is a conflict, answered in the room.
        therapist.send(message("admit").put("id", "a1"));
        JsonObject conflict = therapist.expect("error");
        assertThat(conflict.getString("code"), equalTo("conflict"));
        assertThat(conflict.getString("ref"), equalTo("a1"));
        therapist.close();
    }

    @Test
    void messagesBeforeJoinAreRefusedAndSilentSocketsAreClosed() {
        UUID visit = visits.joinable();
        SignalClient patient = SignalClient.open(visits.patBrowser, visit);
        patient.send(message("offer").put("sdp", SDP_OFFER));
        assertThat(patient.expect("error").getString("code"), equalTo("not-joined"));
        // %test idle timeout is 3 s: say nothing more and the server closes.
        SignalClient.Close idle = patient.awaitClose();
        assertThat(idle.code(), equalTo(4002));
    }

    @Test
    void aPlainGetOnTheSignallingPathIsABadRequestProblem() {
        UUID visit = visits.joinable();
        as(visits.patBrowser)
                .get("/api/v1/visits/" + visit + "/signal")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
