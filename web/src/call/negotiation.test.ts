import { describe, expect, it } from 'vitest';
import { fingerprintOf, iceUfragOf, Negotiator, type PeerLike } from './negotiation.ts';
import type { ClientMessage, IceCandidateJson } from './protocol.ts';

/**
 * A model of RTCPeerConnection's signalling state machine (JSEP): enough to show that two
 * negotiators over a relay end in agreement. Each SDP names its author and a counter, and every
 * call yields to the event loop as the real, asynchronous API does.
 */
class FakePeer implements PeerLike {
  signalingState: RTCSignalingState = 'stable';
  localDescription: { type: RTCSdpType; sdp: string } | null = null;
  remoteDescription: { type: RTCSdpType; sdp: string } | null = null;
  pendingLocal: { type: RTCSdpType; sdp: string } | null = null;
  onnegotiationneeded: ((event: unknown) => void) | null = null;
  onicecandidate: PeerLike['onicecandidate'] = null;
  candidates: (IceCandidateJson | null)[] = [];
  /** Each applied answer with the offer it completed. */
  appliedAnswers: string[] = [];
  restartRequested = false;
  private counter = 0;

  constructor(readonly name: string) {}

  async setLocalDescription(description?: { type: 'rollback' }): Promise<void> {
    await tick();
    if (description?.type === 'rollback') {
      if (this.signalingState !== 'have-local-offer') throw new Error('InvalidStateError: nothing to roll back');
      this.signalingState = 'stable';
      this.pendingLocal = null;
      return;
    }
    this.counter += 1;
    if (this.signalingState === 'stable') {
      this.pendingLocal = {
        type: 'offer',
        sdp: `v=0 offer ${this.name}#${this.counter}${this.restartRequested ? ' ice-restart' : ''}`,
      };
      this.restartRequested = false;
      this.localDescription = this.pendingLocal;
      this.signalingState = 'have-local-offer';
    } else if (this.signalingState === 'have-remote-offer') {
      this.localDescription = { type: 'answer', sdp: `v=0 answer ${this.name}#${this.counter}` };
      this.signalingState = 'stable';
    } else {
      throw new Error(`InvalidStateError: setLocalDescription in ${this.signalingState}`);
    }
  }

  async setRemoteDescription(description: { type: RTCSdpType; sdp: string }): Promise<void> {
    await tick();
    if (description.type === 'offer') {
      if (this.signalingState === 'have-local-offer') this.signalingState = 'stable'; // implicit rollback
      if (this.signalingState !== 'stable') throw new Error(`InvalidStateError: offer in ${this.signalingState}`);
      this.remoteDescription = description;
      this.signalingState = 'have-remote-offer';
    } else if (description.type === 'answer') {
      if (this.signalingState !== 'have-local-offer')
        throw new Error(`InvalidStateError: answer in ${this.signalingState}`);
      this.remoteDescription = description;
      this.appliedAnswers.push(`${description.sdp} for ${this.localDescription?.sdp}`);
      this.signalingState = 'stable';
      this.backToStable();
    }
  }

  async addIceCandidate(candidate: IceCandidateJson | null): Promise<void> {
    await tick();
    if (!this.remoteDescription) throw new Error('InvalidStateError: no remote description');
    this.candidates.push(candidate);
  }

  /** As in browsers: negotiationneeded fires only in stable, else once stable again. */
  restartIce(): void {
    this.restartRequested = true;
    if (this.signalingState === 'stable') this.onnegotiationneeded?.({});
    else this.negotiationPending = true;
  }

  private negotiationPending = false;

  private backToStable(): void {
    if (this.negotiationPending) {
      this.negotiationPending = false;
      setTimeout(() => this.onnegotiationneeded?.({}), 0);
    }
  }

  needsNegotiation(): void {
    this.onnegotiationneeded?.({});
  }
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Two negotiators joined by a relay that delivers in order, like the gateway does. */
function aCall() {
  const therapistPeer = new FakePeer('therapist');
  const patientPeer = new FakePeer('patient');
  const sent: { from: string; message: ClientMessage }[] = [];
  const relay = (from: string, to: () => Negotiator) => (message: ClientMessage) => {
    sent.push({ from, message });
    if (message.type === 'offer' || message.type === 'answer')
      void to()
        .handle({ type: message.type, sdp: message.sdp })
        .catch(() => undefined);
    if (message.type === 'candidate')
      void to()
        .handle(message)
        .catch(() => undefined);
    return true;
  };
  // Each sends to the other through the relay, so each closure names a const declared beside it.
  const therapist: Negotiator = new Negotiator(therapistPeer, {
    polite: false,
    send: relay('therapist', () => patient),
  });
  const patient: Negotiator = new Negotiator(patientPeer, { polite: true, send: relay('patient', () => therapist) });
  return { therapistPeer, patientPeer, therapist, patient, sent };
}

async function settle() {
  for (let i = 0; i < 30; i++) await tick();
}

describe('Negotiator (perfect negotiation)', () => {
  it('theTherapistsOfferIsAnsweredAndBothSidesEndStable', async () => {
    const call = aCall();
    call.therapistPeer.needsNegotiation();
    await settle();

    expect(call.therapistPeer.signalingState).toBe('stable');
    expect(call.patientPeer.signalingState).toBe('stable');
    expect(call.sent.map((s) => `${s.from}:${s.message.type}`)).toEqual(['therapist:offer', 'patient:answer']);
    expect(call.patientPeer.remoteDescription?.sdp).toBe('v=0 offer therapist#1');
    expect(call.therapistPeer.remoteDescription?.sdp).toBe('v=0 answer patient#1');
  });

  it('whenBothOfferAtOnceThePolitePatientGivesWayAndTheTherapistsOfferWins', async () => {
    const call = aCall();
    call.therapistPeer.needsNegotiation();
    call.patientPeer.needsNegotiation();
    await settle();

    expect(call.therapistPeer.signalingState).toBe('stable');
    expect(call.patientPeer.signalingState).toBe('stable');
    // Both offered; only the therapist's offer was answered.
    const offers = call.sent.filter((s) => s.message.type === 'offer').map((s) => s.from);
    expect(offers.sort()).toEqual(['patient', 'therapist']);
    const answers = call.sent.filter((s) => s.message.type === 'answer').map((s) => s.from);
    expect(answers).toEqual(['patient']);
    expect(call.patientPeer.remoteDescription?.sdp).toBe('v=0 offer therapist#1');
    expect(call.therapistPeer.remoteDescription?.sdp).toMatch(/^v=0 answer patient/);
  });

  it('withTwoImpolitePeersTheSameGlareWouldDeadlock', async () => {
    // The control experiment: the roles matter. Nobody gives way, both stay in have-local-offer.
    const a = new FakePeer('a');
    const b = new FakePeer('b');
    const na: Negotiator = new Negotiator(a, {
      polite: false,
      send: (m) => (m.type === 'offer' && void nb.handle(m), true),
    });
    const nb: Negotiator = new Negotiator(b, {
      polite: false,
      send: (m) => (m.type === 'offer' && void na.handle(m), true),
    });
    a.needsNegotiation();
    b.needsNegotiation();
    await settle();
    expect([a.signalingState, b.signalingState]).toEqual(['have-local-offer', 'have-local-offer']);
  });

  it('candidatesOfAnIgnoredOfferAreDroppedWithoutAnError', async () => {
    const errors: unknown[] = [];
    const peer = new FakePeer('therapist');
    const therapist = new Negotiator(peer, { polite: false, send: () => true, onError: (e) => errors.push(e) });
    peer.needsNegotiation();
    await settle();
    await therapist.handle({ type: 'offer', sdp: 'v=0 offer patient#1' });
    await therapist.handle({
      type: 'candidate',
      candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 },
    });
    expect(peer.signalingState).toBe('have-local-offer');
    expect(errors).toEqual([]);
  });

  it('anIceRestartAfterADropAbandonsTheLostOfferAndMakesAFreshOne', async () => {
    const peer = new FakePeer('therapist');
    let connected = false;
    const sent: ClientMessage[] = [];
    const therapist = new Negotiator(peer, { polite: false, send: (m) => (connected ? (sent.push(m), true) : false) });
    peer.needsNegotiation(); // the socket is down: this offer is lost
    await settle();
    expect(peer.signalingState).toBe('have-local-offer');

    connected = true;
    await therapist.restart();
    await settle();

    expect(sent).toEqual([{ type: 'offer', sdp: 'v=0 offer therapist#2 ice-restart' }]);
    // An answer to the lost offer arriving late is ignored, not an error.
    await therapist.handle({ type: 'answer', sdp: 'v=0 answer patient#1' });
    await therapist.handle({ type: 'answer', sdp: 'v=0 answer patient#2' });
    expect(peer.signalingState).toBe('stable');
  });

  it('anIceRestartWhileADeliveredOfferAwaitsItsAnswerFollowsThatAnswer', async () => {
    const peer = new FakePeer('therapist');
    const sent: ClientMessage[] = [];
    const errors: unknown[] = [];
    const therapist = new Negotiator(peer, {
      polite: false,
      send: (m) => (sent.push(m), true),
      onError: (e) => errors.push(e),
    });
    peer.needsNegotiation();
    await settle();
    await therapist.restart(); // e.g. the gateway's ice-restart right after the patient came back
    await therapist.handle({ type: 'answer', sdp: 'v=0 answer patient#1' });
    await settle();

    expect(sent.map((m) => (m.type === 'offer' ? m.sdp : m.type))).toEqual([
      'v=0 offer therapist#1',
      'v=0 offer therapist#2 ice-restart',
    ]);
    // The answer completed the offer it was made for, and the restart offer now awaits its own.
    expect(peer.appliedAnswers).toEqual(['v=0 answer patient#1 for v=0 offer therapist#1']);
    expect(peer.signalingState).toBe('have-local-offer');
    expect(errors).toEqual([]);
  });

  it('anOfferTheGatewayCouldNotRelayIsRolledBackOnRestart', async () => {
    const peer = new FakePeer('therapist');
    const sent: ClientMessage[] = [];
    const therapist = new Negotiator(peer, { polite: false, send: (m) => (sent.push(m), true) });
    peer.needsNegotiation();
    await settle();
    therapist.offerLost(); // error peer-absent for our offer
    await therapist.restart();
    await settle();
    expect(sent.map((m) => (m.type === 'offer' ? m.sdp : m.type))).toEqual([
      'v=0 offer therapist#1',
      'v=0 offer therapist#2 ice-restart',
    ]);
    expect(peer.signalingState).toBe('have-local-offer');
  });

  it('thePatientAsksTheTherapistForARestartInsteadOfOffering', async () => {
    const peer = new FakePeer('patient');
    const sent: ClientMessage[] = [];
    const patient = new Negotiator(peer, { polite: true, send: (m) => (sent.push(m), true) });
    await patient.restart();
    expect(sent).toEqual([{ type: 'ice-restart' }]);
    expect(peer.restartRequested).toBe(false);
  });

  it('thePatientAddsItsCameraAfterTheOfferAndBeforeTheAnswer', async () => {
    const peer = new FakePeer('patient');
    const order: string[] = [];
    const patient = new Negotiator(peer, {
      polite: true,
      send: (m) => (order.push(`send ${m.type}`), true),
      beforeAnswer: () => order.push(`camera in ${peer.signalingState}`),
    });
    await patient.handle({ type: 'offer', sdp: 'v=0 offer therapist#1' });
    expect(order).toEqual(['camera in have-remote-offer', 'send answer']);
  });

  it('sendsLocalCandidatesAndTheEndOfGathering', () => {
    const peer = new FakePeer('therapist');
    const sent: ClientMessage[] = [];
    new Negotiator(peer, { polite: false, send: (m) => (sent.push(m), true) });
    peer.onicecandidate?.({
      candidate: { toJSON: () => ({ candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 }) },
    });
    peer.onicecandidate?.({ candidate: null });
    expect(sent).toEqual([
      { type: 'candidate', candidate: { candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 } },
      { type: 'candidate', candidate: null },
    ]);
  });
});

describe('fingerprintOf', () => {
  it('readsTheDtlsFingerprintLine', () => {
    expect(fingerprintOf('v=0\r\na=fingerprint:sha-256 AB:CD\r\nm=audio')).toBe('sha-256 AB:CD');
    expect(fingerprintOf('v=0\r\nm=audio')).toBeNull();
  });
});

describe('iceUfragOf', () => {
  it('readsTheFirstIceUsernameFragment', () => {
    expect(iceUfragOf('v=0\r\nm=audio 9\r\na=ice-ufrag:Ab3d\r\na=ice-ufrag:zzzz\r\n')).toBe('Ab3d');
    expect(iceUfragOf('v=0\r\n')).toBeNull();
  });
});
