import { fetchIceServers, fetchVisit, signallingUrl, type IceServerList } from '../api/visits.ts';
import { encodeChat, readChat, withLine, type ChatLine, maxChatChars } from './chat.ts';
import { encodeCard, readCard, type ExerciseCard } from './exerciseCard.ts';
import { fingerprintOf, iceUfragOf, Negotiator } from './negotiation.ts';
import type { Role, ServerMessage } from './protocol.ts';
import { judgeQuality, readStats, type Quality, type StatsSample } from './quality.ts';
import { SignallingChannel, type ChannelState } from './signalling.ts';
import { t } from '../i18n/i18n.ts';

export type Phase =
  /** Before Join: preview and device choice (the page's own state). */
  | 'lobby'
  | 'joining'
  /** In the room, the patient not admitted yet (the patient waits; the therapist may admit). */
  | 'waiting-room'
  | 'in-call'
  | 'ended'
  /** Another tab or device of the same person took over (4001). */
  | 'replaced'
  /** The gateway refuses the socket and the visit is not joinable (ended, cancelled, too early). */
  | 'not-joinable'
  /** The login session ended or expired (4003, 4004): the person signs in again to rejoin. */
  | 'signed-out'
  | 'left';

export interface CallSnapshot {
  phase: Phase;
  role: Role;
  peerPresent: boolean;
  /** The other person lost their connection (may come back). */
  peerLost: boolean;
  signalling: ChannelState['kind'] | 'idle';
  connectionState: RTCPeerConnectionState | 'none';
  quality: Quality | null;
  remoteStream: MediaStream | null;
  exercise: ExerciseCard | null;
  exerciseChannelOpen: boolean;
  /** The in-call chat, oldest first; kept across reconnects, gone with the page. */
  chat: ChatLine[];
  chatOpen: boolean;
  screenSharing: boolean;
  framesDecoded: number;
  /** Date.now() of the first `connected` and the first remote video frame (shown to tests as data attributes). */
  connectedAt: number | null;
  firstFrameAt: number | null;
  iceRestarts: number;
  rejoins: number;
  localCandidates: string[];
  /** The other side's ICE username fragment: a new one after every ICE restart. */
  remoteIceUfrag: string | null;
  /** The other side's microphone and camera as they last said (null: not told yet, or they left). */
  peerMedia: { audio: boolean; video: boolean } | null;
  notice: string | null;
}

const exerciseChannelLabel = 'motus-exercise';
const chatChannelLabel = 'motus-chat';
const statsIntervalMs = 1000;

/**
 * One person's side of a video visit: the signalling channel, the RTCPeerConnection with its
 * perfect negotiation, ICE restarts after drops, the exercise data channel and getStats.
 * The page renders its snapshots; nothing here touches the DOM.
 */
export class CallSession {
  private snapshot: CallSnapshot;
  private readonly listeners = new Set<(s: CallSnapshot) => void>();
  private readonly channel: SignallingChannel;
  private pc: RTCPeerConnection | null = null;
  private negotiator: Negotiator | null = null;
  private exerciseChannel: RTCDataChannel | null = null;
  private chatChannel: RTCDataChannel | null = null;
  private chatCount = 0;
  private iceServers: IceServerList | null = null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  private lastSample: StatsSample | null = null;
  private cameraTrack: MediaStreamTrack | null = null;
  private screenTrack: MediaStreamTrack | null = null;
  private closed = false;
  private microphoneOn = true;
  private cameraOn = true;

  constructor(
    private readonly visitId: string,
    role: Role,
    private localStream: MediaStream | null,
  ) {
    this.cameraTrack = localStream?.getVideoTracks()[0] ?? null;
    this.snapshot = {
      phase: 'joining',
      role,
      peerPresent: false,
      peerLost: false,
      signalling: 'idle',
      connectionState: 'none',
      quality: null,
      remoteStream: null,
      exercise: null,
      exerciseChannelOpen: false,
      chat: [],
      chatOpen: false,
      screenSharing: false,
      framesDecoded: 0,
      connectedAt: null,
      firstFrameAt: null,
      iceRestarts: 0,
      rejoins: 0,
      localCandidates: [],
      remoteIceUfrag: null,
      peerMedia: null,
      notice: null,
    };
    this.channel = new SignallingChannel({
      url: signallingUrl(visitId),
      onMessage: (message) => void this.onMessage(message),
      onState: (state) => this.onChannelState(state),
    });
  }

  /** The camera and microphone this call sends (null: none). */
  get localMedia(): MediaStream | null {
    return this.localStream;
  }

  get state(): CallSnapshot {
    return this.snapshot;
  }

  subscribe(listener: (s: CallSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    try {
      this.iceServers = await fetchIceServers(this.visitId);
    } catch {
      this.iceServers = null; // the page still works on a LAN; retried before a restart
    }
    if (!this.closed) this.channel.start();
  }

  admit(): void {
    this.update({ notice: null });
    this.channel.send({ type: 'admit' });
  }

  /** The therapist ends the visit for both. */
  endVisit(): void {
    this.update({ notice: null });
    this.channel.send({ type: 'end' });
  }

  /** Leaves the call; the visit goes on (the person may join again). */
  leave(): void {
    this.channel.leave();
    this.teardown();
    this.update({ phase: 'left', signalling: 'idle' });
  }

  /** The page goes away. */
  dispose(): void {
    this.channel.stop();
    this.teardown();
  }

  setMicrophoneOn(on: boolean): void {
    this.localStream?.getAudioTracks().forEach((track) => (track.enabled = on));
    this.microphoneOn = on;
    this.sendMediaState();
  }

  setCameraOn(on: boolean): void {
    if (this.cameraTrack) this.cameraTrack.enabled = on;
    this.cameraOn = on;
    this.sendMediaState();
  }

  /**
   * Tells the other side whether this side's microphone and camera are on: at each toggle, and
   * whenever the call (re)starts with both present, so a late joiner or a reconnect learns it too.
   * Without a microphone or camera at all, that one counts as off.
   */
  private sendMediaState(): void {
    if (this.snapshot.phase !== 'in-call' || !this.snapshot.peerPresent) return;
    const audio = this.microphoneOn && (this.localStream?.getAudioTracks().length ?? 0) > 0;
    const video = this.cameraOn && this.cameraTrack !== null;
    this.channel.send({ type: 'media-state', audio, video });
  }

  /** Therapist: shows their screen instead of the camera (no renegotiation: the video sender's track is swapped). */
  async shareScreen(on: boolean): Promise<void> {
    const sender = this.videoSender();
    if (!on) {
      this.screenTrack?.stop();
      this.screenTrack = null;
      if (sender) await sender.replaceTrack(this.cameraTrack);
      this.update({ screenSharing: false });
      return;
    }
    const display = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    const track = display.getVideoTracks()[0];
    if (!track) return;
    this.screenTrack = track;
    track.onended = () => void this.shareScreen(false);
    if (sender) await sender.replaceTrack(track);
    this.update({ screenSharing: true });
  }

  /** Therapist: shows the patient an exercise card. */
  sendExercise(card: ExerciseCard): boolean {
    if (!this.exerciseChannel || this.exerciseChannel.readyState !== 'open') return false;
    this.exerciseChannel.send(encodeCard(card));
    return true;
  }

  dismissExercise(): void {
    this.update({ exercise: null });
  }

  /** The remote <video> showed its first frame. */
  markFirstFrame(): void {
    if (this.snapshot.firstFrameAt === null) this.update({ firstFrameAt: Date.now() });
  }

  private update(patch: Partial<CallSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener(this.snapshot));
  }

  private onChannelState(state: ChannelState): void {
    if (state.kind === 'closed') {
      if (state.why === 'replaced') {
        this.teardown();
        this.update({ phase: 'replaced', signalling: 'closed' });
      } else if (state.why === 'ended') {
        this.teardown();
        this.update({ phase: 'ended', signalling: 'closed' });
      } else if (state.why === 'signed-out') {
        this.teardown();
        this.update({ phase: 'signed-out', signalling: 'closed' });
      } else {
        this.update({ signalling: 'closed' });
      }
      return;
    }
    this.update({ signalling: state.kind, rejoins: this.channel.rejoins });
    if (state.kind === 'reconnecting' && state.refused) void this.checkJoinable();
  }

  /** A socket refused before it opened: find out whether the visit can still be joined. */
  private async checkJoinable(): Promise<void> {
    try {
      const visit = await fetchVisit(this.visitId);
      if (visit.status === 'ENDED' || visit.status === 'CANCELLED') {
        this.channel.stop();
        this.teardown();
        this.update({ phase: 'ended', signalling: 'closed' });
      } else if (!visit.joinableNow) {
        this.channel.stop();
        this.teardown();
        this.update({ phase: 'not-joinable', signalling: 'closed' });
      }
    } catch {
      // Offline too: keep trying with backoff.
    }
  }

  private async onMessage(message: ServerMessage): Promise<void> {
    const therapist = this.snapshot.role === 'therapist';
    switch (message.type) {
      case 'joined': {
        const inCall = message.status === 'IN_PROGRESS';
        this.update({ phase: inCall ? 'in-call' : 'waiting-room', peerPresent: message.peerPresent, peerLost: false });
        this.sendMediaState();
        if (inCall && therapist && message.peerPresent) {
          if (this.pc && message.reconnect) await this.restartIce();
          else this.ensurePeerConnection();
        }
        return;
      }
      case 'peer-joined':
        this.update({ peerPresent: true, peerLost: false });
        this.sendMediaState();
        if (this.snapshot.phase === 'in-call' && therapist && !this.pc) this.ensurePeerConnection();
        return;
      case 'peer-left':
        this.update({ peerPresent: false, peerLost: message.reason !== 'left', peerMedia: null, notice: null });
        if (message.reason === 'left' && this.snapshot.phase === 'in-call') this.closePeerConnection();
        return;
      case 'admitted':
        this.update({ phase: 'in-call' });
        this.sendMediaState();
        if (therapist) this.ensurePeerConnection();
        return;
      case 'ice-restart':
        if (therapist) await this.restartIce();
        return;
      case 'offer':
        if (therapist) {
          // Only in a glare; the negotiator decides (the therapist is impolite).
          if (this.negotiator) await this.negotiator.handle(message).catch((e: unknown) => this.note(e));
          return;
        }
        this.acceptOfferFromTherapist(message.sdp);
        return;
      case 'answer': {
        if (!this.negotiator) return;
        const current = this.pc?.remoteDescription?.sdp;
        if (therapist && current && fingerprintOf(current) !== fingerprintOf(message.sdp)) {
          // The patient's page was reloaded: its new connection cannot continue ours.
          this.closePeerConnection();
          this.ensurePeerConnection();
          return;
        }
        try {
          await this.negotiator.handle(message);
          this.noteRemoteUfrag();
        } catch (error) {
          // The patient's page started afresh (new DTLS identity): start a new connection.
          this.note(error);
          if (therapist) {
            this.closePeerConnection();
            this.ensurePeerConnection();
          }
        }
        return;
      }
      case 'candidate':
        if (this.negotiator) await this.negotiator.handle(message).catch((e: unknown) => this.note(e));
        return;
      case 'media-state':
        this.update({ peerMedia: { audio: message.audio, video: message.video } });
        return;
      case 'ended':
        this.teardown();
        this.update({ phase: 'ended' });
        return;
      case 'error':
        if (message.code === 'peer-absent' && message.refType === 'offer') this.negotiator?.offerLost();
        if (message.refType === 'admit') this.update({ notice: t('Nobody is waiting to be admitted right now.') });
        if (message.refType === 'end')
          this.update({ notice: t('The visit could not be ended right now. Please try again.') });
        return;
      case 'pong':
        return;
    }
  }

  private acceptOfferFromTherapist(sdp: string): void {
    const current = this.pc?.remoteDescription?.sdp;
    if (this.pc && current && fingerprintOf(current) !== fingerprintOf(sdp)) {
      // The therapist's page was reloaded: its new connection cannot reuse ours.
      this.closePeerConnection();
    }
    this.ensurePeerConnection();
    this.negotiator?.handle({ type: 'offer', sdp }).then(
      () => this.noteRemoteUfrag(),
      (error: unknown) => this.note(error),
    );
  }

  private noteRemoteUfrag(): void {
    const sdp = this.pc?.remoteDescription?.sdp;
    const ufrag = sdp ? iceUfragOf(sdp) : null;
    if (ufrag !== this.snapshot.remoteIceUfrag) this.update({ remoteIceUfrag: ufrag });
  }

  private ensurePeerConnection(): void {
    if (this.pc || this.closed) return;
    const therapist = this.snapshot.role === 'therapist';
    const pc = new RTCPeerConnection({ iceServers: this.iceServers?.iceServers ?? [] });
    this.pc = pc;
    const remote = new MediaStream();
    this.lastSample = null;
    this.update({ remoteStream: remote, connectionState: pc.connectionState, localCandidates: [], framesDecoded: 0 });

    pc.ontrack = (event) => {
      if (!remote.getTracks().includes(event.track)) remote.addTrack(event.track);
      this.update({ remoteStream: remote });
    };
    pc.onconnectionstatechange = () => {
      if (this.pc !== pc) return;
      const state = pc.connectionState;
      this.update({
        connectionState: state,
        ...(state === 'connected' && this.snapshot.connectedAt === null ? { connectedAt: Date.now() } : {}),
      });
      if (state === 'failed') void this.restartIce();
    };
    pc.ondatachannel = (event) => {
      this.useExerciseChannel(event.channel);
      this.useChatChannel(event.channel);
    };

    this.negotiator = new Negotiator(pc as unknown as ConstructorParameters<typeof Negotiator>[0], {
      polite: !therapist,
      send: (message) => {
        if (message.type === 'candidate' && message.candidate) {
          this.update({ localCandidates: [...this.snapshot.localCandidates, message.candidate.candidate].slice(-20) });
        }
        return this.channel.send(message);
      },
      beforeAnswer: () => this.attachLocalTracks(pc),
      onError: (error) => this.note(error),
    });

    if (therapist) {
      // Both kinds always, with or without a local device: the patient's video still comes in.
      for (const kind of ['audio', 'video'] as const) {
        const track = kind === 'audio' ? this.localStream?.getAudioTracks()[0] : this.cameraTrack;
        const streams = this.localStream ? [this.localStream] : [];
        pc.addTransceiver(track ?? kind, { direction: 'sendrecv', streams });
      }
      this.useExerciseChannel(pc.createDataChannel(exerciseChannelLabel));
      this.useChatChannel(pc.createDataChannel(chatChannelLabel));
    }
    this.startStats(pc);
  }

  /** The patient answers on the therapist's transceivers, sending its own camera and microphone on them. */
  private attachLocalTracks(pc: RTCPeerConnection): void {
    for (const transceiver of pc.getTransceivers()) {
      const kind = transceiver.receiver.track.kind;
      const track = kind === 'audio' ? this.localStream?.getAudioTracks()[0] : this.cameraTrack;
      transceiver.direction = 'sendrecv';
      if (track && transceiver.sender.track !== track) {
        void transceiver.sender.replaceTrack(track);
        if (this.localStream) transceiver.sender.setStreams?.(this.localStream);
      }
    }
  }

  private useExerciseChannel(channel: RTCDataChannel): void {
    if (channel.label !== exerciseChannelLabel) return;
    this.exerciseChannel = channel;
    channel.onopen = () => this.update({ exerciseChannelOpen: true });
    channel.onclose = () => this.update({ exerciseChannelOpen: false });
    channel.onmessage = (event) => {
      const card = readCard(event.data);
      if (card && this.snapshot.role === 'patient') this.update({ exercise: card });
    };
    if (channel.readyState === 'open') this.update({ exerciseChannelOpen: true });
  }

  private useChatChannel(channel: RTCDataChannel): void {
    if (channel.label !== chatChannelLabel) return;
    this.chatChannel = channel;
    channel.onopen = () => this.update({ chatOpen: true });
    channel.onclose = () => this.update({ chatOpen: false });
    channel.onmessage = (event) => {
      const line = readChat(event.data, Date.now());
      if (line) this.update({ chat: withLine(this.snapshot.chat, line) });
    };
    if (channel.readyState === 'open') this.update({ chatOpen: true });
  }

  /** Sends a chat line to the other side; false when the chat is not connected (nothing is queued). */
  sendChat(text: string): boolean {
    const trimmed = text.trim().slice(0, maxChatChars);
    if (trimmed === '' || this.chatChannel?.readyState !== 'open') return false;
    const id = `${Date.now().toString(36)}-${(this.chatCount += 1)}`;
    try {
      this.chatChannel.send(encodeChat(id, trimmed));
    } catch (error) {
      this.note(error);
      return false;
    }
    this.update({ chat: withLine(this.snapshot.chat, { id, from: 'me', text: trimmed, at: Date.now() }) });
    return true;
  }

  private videoSender(): RTCRtpSender | null {
    return this.pc?.getTransceivers().find((t) => t.receiver.track.kind === 'video')?.sender ?? null;
  }

  private async restartIce(): Promise<void> {
    if (!this.pc || !this.negotiator) return;
    const expiresAt = this.iceServers?.expiresAt ? Date.parse(this.iceServers.expiresAt) : 0;
    if (!this.iceServers || expiresAt - Date.now() < 60_000) {
      try {
        this.iceServers = await fetchIceServers(this.visitId);
        this.pc?.setConfiguration({ iceServers: this.iceServers.iceServers });
      } catch {
        // Keep the old servers: a LAN call needs none.
      }
    }
    await this.negotiator.restart();
    this.update({ iceRestarts: this.snapshot.iceRestarts + 1 });
  }

  private startStats(pc: RTCPeerConnection): void {
    if (this.statsTimer) clearInterval(this.statsTimer);
    this.statsTimer = setInterval(() => {
      if (this.pc !== pc) return;
      pc.getStats().then(
        (report) => {
          if (this.pc !== pc) return;
          const sample = readStats(report.values());
          const quality = judgeQuality(this.lastSample, sample);
          this.lastSample = sample;
          this.update({ quality, framesDecoded: sample.videoFramesDecoded });
        },
        () => undefined,
      );
    }, statsIntervalMs);
  }

  private closePeerConnection(): void {
    if (this.statsTimer) clearInterval(this.statsTimer);
    this.statsTimer = null;
    this.exerciseChannel?.close();
    this.exerciseChannel = null;
    this.chatChannel?.close();
    this.chatChannel = null;
    this.pc?.close();
    this.pc = null;
    this.negotiator = null;
    this.update({
      connectionState: 'none',
      remoteStream: null,
      exerciseChannelOpen: false,
      chatOpen: false,
      quality: null,
    });
  }

  private teardown(): void {
    this.closed = true;
    this.closePeerConnection();
    this.screenTrack?.stop();
    this.localStream?.getTracks().forEach((track) => track.stop());
    this.localStream = null;
  }

  private note(error: unknown): void {
    // Kept for the browser console; the call goes on and the connection state tells the person.
    console.warn('[motus call]', error);
  }
}
