import type { ClientMessage, IceCandidateJson } from './protocol.ts';

/** The part of RTCPeerConnection that negotiation needs (a fake in tests). */
export interface PeerLike {
  readonly signalingState: RTCSignalingState;
  readonly localDescription: { type: RTCSdpType; sdp: string } | null;
  readonly remoteDescription: { type: RTCSdpType; sdp: string } | null;
  setLocalDescription(description?: { type: 'rollback' }): Promise<void>;
  setRemoteDescription(description: { type: RTCSdpType; sdp: string }): Promise<void>;
  addIceCandidate(candidate: IceCandidateJson | null): Promise<void>;
  restartIce(): void;
  onnegotiationneeded: ((event: unknown) => void) | null;
  onicecandidate: ((event: { candidate: { toJSON(): RTCIceCandidateInit } | null }) => void) | null;
}

export type Description = { type: 'offer' | 'answer'; sdp: string };

export interface NegotiatorOptions {
  /** The polite peer gives way when both offer at once. In Motus the patient is polite. */
  polite: boolean;
  /** Sends through signalling; false when the socket is down (the message is lost, see restart()). */
  send: (message: ClientMessage) => boolean;
  /** Called after a remote offer is applied, before answering (the patient adds its camera here). */
  beforeAnswer?: () => void;
  /** A description or candidate that could not be applied (shown in the log, the call goes on). */
  onError?: (error: unknown) => void;
}

/**
 * "Perfect negotiation" (W3C WebRTC spec, section 10.7): both sides may create offers whenever
 * their connection needs one; when two offers cross, the impolite side (the therapist) ignores
 * the other's offer and the polite side (the patient) rolls its own back and answers.
 *
 * SIGNALLING.md has the therapist make every offer; this class keeps the call correct should
 * both still offer at the same time (a patient switching devices during a restart, a reload).
 * Incoming messages are applied one after the other, in arrival order.
 */
export class Negotiator {
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  /** Whether our pending offer went out (false: the socket was down, or the gateway said the peer was absent). */
  private offerDelivered = false;
  private queue: Promise<void> = Promise.resolve();
  /** Offers sent and answers received, for the page's diagnostics and the tests. */
  offersSent = 0;
  iceRestarts = 0;

  constructor(
    private readonly pc: PeerLike,
    private readonly options: NegotiatorOptions,
  ) {
    pc.onnegotiationneeded = () => void this.offer();
    pc.onicecandidate = ({ candidate }) => {
      options.send({ type: 'candidate', candidate: candidate ? toCandidateJson(candidate.toJSON()) : null });
    };
  }

  /** Applies a relayed offer, answer or candidate. Resolves when it has been applied (or ignored). */
  handle(message: Description | { type: 'candidate'; candidate: IceCandidateJson | null }): Promise<void> {
    const step = this.queue.then(() => this.apply(message));
    this.queue = step.catch(() => undefined);
    return step;
  }

  /**
   * Restarts ICE after a drop. The side that offers (the therapist, impolite) abandons an offer the
   * drop may have swallowed and makes a new one with fresh ICE credentials; the polite side asks
   * the other for one (`ice-restart`).
   */
  async restart(): Promise<void> {
    await this.queue;
    if (this.options.polite) {
      this.options.send({ type: 'ice-restart' });
      return;
    }
    this.iceRestarts += 1;
    if (this.pc.signalingState === 'have-local-offer' && !this.offerDelivered) {
      // Its answer will never come: start over. A delivered offer is answered first, and the
      // browser then fires negotiationneeded for the restart by itself.
      await this.pc.setLocalDescription({ type: 'rollback' });
    }
    this.pc.restartIce();
  }

  /** The gateway refused to relay our offer (the other side was away): it will not be answered. */
  offerLost(): void {
    this.offerDelivered = false;
  }

  private async offer(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.pc.setLocalDescription();
      const local = this.pc.localDescription;
      if (local && local.type === 'offer') {
        this.offersSent += 1;
        this.offerDelivered = this.options.send({ type: 'offer', sdp: local.sdp });
      }
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.makingOffer = false;
    }
  }

  private async apply(message: Description | { type: 'candidate'; candidate: IceCandidateJson | null }): Promise<void> {
    if (message.type === 'candidate') {
      try {
        await this.pc.addIceCandidate(message.candidate);
      } catch (error) {
        // Candidates of an offer we ignored cannot be added; anything else is worth a note.
        if (!this.ignoreOffer) this.options.onError?.(error);
      }
      return;
    }
    const readyForOffer = !this.makingOffer && (this.pc.signalingState === 'stable' || this.settingRemoteAnswer);
    const collision = message.type === 'offer' && !readyForOffer;
    this.ignoreOffer = !this.options.polite && collision;
    if (this.ignoreOffer) return;
    if (message.type === 'answer' && this.pc.signalingState !== 'have-local-offer') {
      // An answer to an offer we already rolled back (a restart after a drop): nothing to apply.
      return;
    }
    try {
      this.settingRemoteAnswer = message.type === 'answer';
      if (collision && this.pc.signalingState === 'have-local-offer') {
        // Explicit rollback: older Safari does not roll back implicitly.
        await this.pc.setLocalDescription({ type: 'rollback' });
      }
      await this.pc.setRemoteDescription(message);
    } finally {
      this.settingRemoteAnswer = false;
    }
    if (message.type === 'offer') {
      this.options.beforeAnswer?.();
      await this.pc.setLocalDescription();
      const local = this.pc.localDescription;
      if (local) this.options.send({ type: 'answer', sdp: local.sdp });
    }
  }
}

function toCandidateJson(init: RTCIceCandidateInit): IceCandidateJson {
  const json: IceCandidateJson = {
    candidate: init.candidate ?? '',
    sdpMid: init.sdpMid ?? null,
    sdpMLineIndex: init.sdpMLineIndex ?? null,
  };
  if (init.usernameFragment !== undefined) json.usernameFragment = init.usernameFragment;
  return json;
}

/** The DTLS fingerprint of a session description: a new one means the other side started afresh (page reload). */
export function fingerprintOf(sdp: string): string | null {
  const match = /^a=fingerprint:(.+)$/m.exec(sdp);
  return match?.[1]?.trim() ?? null;
}

/** The ICE username fragment of a session description: it changes with every ICE restart. */
export function iceUfragOf(sdp: string): string | null {
  const match = /^a=ice-ufrag:(\S+)/m.exec(sdp);
  return match?.[1] ?? null;
}
