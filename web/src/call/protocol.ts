/**
 * The Motus signalling protocol, version 1 (session-gateway/SIGNALLING.md): what the browser
 * sends and how it reads what the gateway sends. Pure: no socket, no timers.
 */

export type Role = 'therapist' | 'patient';

export interface IceCandidateJson {
  candidate: string;
  sdpMid: string | null;
  sdpMLineIndex: number | null;
  usernameFragment?: string | null;
}

/** What the browser may send. The gateway refuses unknown fields, so nothing else goes out. */
export type ClientMessage =
  | { type: 'join' }
  | { type: 'admit' }
  | { type: 'offer'; sdp: string }
  | { type: 'answer'; sdp: string }
  | { type: 'candidate'; candidate: IceCandidateJson | null }
  | { type: 'ice-restart' }
  /** Whether this side's microphone and camera are on, relayed to the other side (issue 19). */
  | { type: 'media-state'; audio: boolean; video: boolean }
  | { type: 'leave' }
  | { type: 'end' }
  | { type: 'ping'; id: string };

export type ServerMessage =
  | { type: 'joined'; role: Role; status: string; peerPresent: boolean; reconnect: boolean }
  | { type: 'peer-joined'; role: Role; reconnect: boolean }
  | { type: 'peer-left'; role: Role; reason: string }
  | { type: 'admitted'; status: string }
  | { type: 'offer'; sdp: string }
  | { type: 'answer'; sdp: string }
  | { type: 'candidate'; candidate: IceCandidateJson | null }
  | { type: 'ice-restart'; reason?: string }
  | { type: 'media-state'; audio: boolean; video: boolean }
  | { type: 'ended'; status: string }
  | { type: 'pong'; id?: string }
  | { type: 'error'; code: string; message: string; ref?: string; refType?: string };

/** One text frame. Only the fields of the protocol are copied, so a stray property never leaks out. */
export function encode(message: ClientMessage): string {
  switch (message.type) {
    case 'offer':
    case 'answer':
      return JSON.stringify({ v: 1, type: message.type, sdp: message.sdp });
    case 'candidate':
      return JSON.stringify({ v: 1, type: 'candidate', candidate: candidateJson(message.candidate) });
    case 'ping':
      return JSON.stringify({ v: 1, type: 'ping', id: message.id });
    case 'media-state':
      return JSON.stringify({ v: 1, type: 'media-state', audio: message.audio, video: message.video });
    default:
      return JSON.stringify({ v: 1, type: message.type });
  }
}

function candidateJson(candidate: IceCandidateJson | null): IceCandidateJson | null {
  if (candidate === null) return null;
  const json: IceCandidateJson = {
    candidate: candidate.candidate,
    sdpMid: candidate.sdpMid ?? null,
    sdpMLineIndex: candidate.sdpMLineIndex ?? null,
  };
  if (candidate.usernameFragment !== undefined) json.usernameFragment = candidate.usernameFragment;
  return json;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isRole = (value: unknown): value is Role => value === 'therapist' || value === 'patient';

/**
 * Reads one text frame from the gateway. Anything that is not a well-formed version-1 message
 * of a known type gives null (the caller ignores it rather than acting on half a message).
 */
export function parse(text: string): ServerMessage | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  if (m.v !== 1 || !isString(m.type)) return null;
  switch (m.type) {
    case 'joined':
      return isRole(m.role) && isString(m.status) && isBoolean(m.peerPresent) && isBoolean(m.reconnect)
        ? { type: 'joined', role: m.role, status: m.status, peerPresent: m.peerPresent, reconnect: m.reconnect }
        : null;
    case 'peer-joined':
      return isRole(m.role) ? { type: 'peer-joined', role: m.role, reconnect: m.reconnect === true } : null;
    case 'peer-left':
      return isRole(m.role)
        ? { type: 'peer-left', role: m.role, reason: isString(m.reason) ? m.reason : 'left' }
        : null;
    case 'admitted':
      return isString(m.status) ? { type: 'admitted', status: m.status } : null;
    case 'offer':
    case 'answer':
      return isString(m.sdp) && m.sdp.startsWith('v=0') ? { type: m.type, sdp: m.sdp } : null;
    case 'candidate': {
      if (m.candidate === null) return { type: 'candidate', candidate: null };
      const candidate = readCandidate(m.candidate);
      return candidate ? { type: 'candidate', candidate } : null;
    }
    case 'ice-restart':
      return isString(m.reason) ? { type: 'ice-restart', reason: m.reason } : { type: 'ice-restart' };
    case 'media-state':
      return isBoolean(m.audio) && isBoolean(m.video) ? { type: 'media-state', audio: m.audio, video: m.video } : null;
    case 'ended':
      return { type: 'ended', status: isString(m.status) ? m.status : 'ENDED' };
    case 'pong':
      return isString(m.id) ? { type: 'pong', id: m.id } : { type: 'pong' };
    case 'error': {
      if (!isString(m.code)) return null;
      const error: ServerMessage = { type: 'error', code: m.code, message: isString(m.message) ? m.message : '' };
      if (isString(m.ref)) error.ref = m.ref;
      if (isString(m.refType)) error.refType = m.refType;
      return error;
    }
    default:
      return null;
  }
}

function readCandidate(value: unknown): IceCandidateJson | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  if (!isString(c.candidate)) return null;
  const sdpMid = isString(c.sdpMid) ? c.sdpMid : null;
  const sdpMLineIndex = typeof c.sdpMLineIndex === 'number' ? c.sdpMLineIndex : null;
  if (sdpMid === null && sdpMLineIndex === null) return null;
  const candidate: IceCandidateJson = { candidate: c.candidate, sdpMid, sdpMLineIndex };
  if (isString(c.usernameFragment) || c.usernameFragment === null) candidate.usernameFragment = c.usernameFragment;
  return candidate;
}
