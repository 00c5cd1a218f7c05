import { closeVerdict, reconnectDelayMs, type CloseVerdict } from './backoff.ts';
import { encode, parse, type ClientMessage, type ServerMessage } from './protocol.ts';

/** The part of the browser's WebSocket this module uses (a fake in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const browserClock: Clock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export type ChannelState =
  | { kind: 'connecting'; attempt: number }
  | { kind: 'joined' }
  /** `refused`: the socket closed before it opened (no session, visit not joinable...). */
  | { kind: 'reconnecting'; attempt: number; delayMs: number; refused: boolean }
  | { kind: 'closed'; why: Exclude<CloseVerdict, 'reconnect'> };

export interface ChannelOptions {
  url: string;
  openSocket?: (url: string) => SocketLike;
  clock?: Clock;
  random?: () => number;
  /** SIGNALLING.md asks for a ping at least every 20 s. */
  pingIntervalMs?: number;
  onMessage: (message: ServerMessage) => void;
  onState: (state: ChannelState) => void;
}

const OPEN = 1;

/**
 * One participant's signalling connection to a visit: opens the socket, joins, pings, and after
 * a drop opens a new socket with backoff and joins again, except when the visit ended (4000),
 * another tab took over (4001) or the page left (1000).
 */
export class SignallingChannel {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private joined = false;
  private stopped = false;
  private retryTimer: unknown = null;
  private pingTimer: unknown = null;
  private pingCount = 0;
  /** How many times this page joined again after a drop. */
  rejoins = 0;
  private everJoined = false;
  private readonly clock: Clock;
  private readonly openSocket: (url: string) => SocketLike;

  constructor(private readonly options: ChannelOptions) {
    this.clock = options.clock ?? browserClock;
    this.openSocket = options.openSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike);
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  get isJoined(): boolean {
    return this.joined;
  }

  /** Sends when joined; returns false (message dropped) otherwise: negotiation restarts after a rejoin. */
  send(message: ClientMessage): boolean {
    if (!this.joined || !this.socket || this.socket.readyState !== OPEN) return false;
    this.socket.send(encode(message));
    return true;
  }

  /** Leaves the room for good (the other side gets peer-left). */
  leave(): void {
    if (this.socket && this.socket.readyState === OPEN && this.joined) this.socket.send(encode({ type: 'leave' }));
    this.stop();
  }

  /** Closes without telling the room (the page is going away). */
  stop(): void {
    this.stopped = true;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    this.joined = false;
    if (socket) {
      detach(socket);
      if (socket.readyState <= OPEN) socket.close(1000, 'left');
    }
  }

  private connect(): void {
    this.options.onState({ kind: 'connecting', attempt: this.attempt });
    let opened = false;
    const socket = this.openSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      opened = true;
      socket.send(encode({ type: 'join' }));
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      const message = parse(event.data);
      if (!message) return;
      if (message.type === 'joined') {
        this.joined = true;
        this.attempt = 0;
        if (this.everJoined) this.rejoins += 1;
        this.everJoined = true;
        this.startPings(socket);
        this.options.onState({ kind: 'joined' });
      }
      this.options.onMessage(message);
    };
    socket.onerror = () => {
      // A close event always follows; that is where we decide.
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      detach(socket);
      this.socket = null;
      this.joined = false;
      this.clearTimers();
      if (this.stopped) return;
      const verdict = closeVerdict(event.code);
      if (verdict !== 'reconnect') {
        this.stopped = true;
        this.options.onState({ kind: 'closed', why: verdict });
        return;
      }
      const delayMs = reconnectDelayMs(this.attempt, this.options.random);
      this.attempt += 1;
      this.options.onState({ kind: 'reconnecting', attempt: this.attempt, delayMs, refused: !opened });
      this.retryTimer = this.clock.setTimeout(() => {
        this.retryTimer = null;
        if (!this.stopped) this.connect();
      }, delayMs);
    };
  }

  private startPings(socket: SocketLike): void {
    if (this.pingTimer !== null) this.clock.clearInterval(this.pingTimer);
    this.pingTimer = this.clock.setInterval(() => {
      if (socket.readyState === OPEN) {
        this.pingCount += 1;
        socket.send(encode({ type: 'ping', id: `p${this.pingCount}` }));
      }
    }, this.options.pingIntervalMs ?? 15_000);
  }

  private clearTimers(): void {
    if (this.pingTimer !== null) this.clock.clearInterval(this.pingTimer);
    if (this.retryTimer !== null) this.clock.clearTimeout(this.retryTimer);
    this.pingTimer = null;
    this.retryTimer = null;
  }
}

function detach(socket: SocketLike): void {
  socket.onopen = null;
  socket.onmessage = null;
  socket.onclose = null;
  socket.onerror = null;
}
