import { request } from './http.ts';

/**
 * The gateway's own visit endpoints. The types are generated from the gateway's OpenAPI document
 * (src/api/generated/session-gateway.ts, see web/README.md); times are ISO instants (UTC).
 */
import type { components } from './generated/session-gateway.ts';

type Schemas = components['schemas'];

/** SCHEDULED -> WAITING -> IN_PROGRESS -> ENDED, or CANCELLED (docs/architecture.md, "A video visit"). */
export type VisitStatus = Schemas['VisitStatus'];
export type VisitRole = Schemas['Visit']['yourRole'];
/** A video visit as the gateway shows it to one of its two participants; `joinableNow` is the server's word. */
export type Visit = Schemas['Visit'];
/** Upcoming soonest first, past latest first (at most 100). */
export type VisitList = Schemas['VisitList'];
export type ScheduleVisit = Schemas['ScheduleVisit'];
export type VisitRecord = Schemas['VisitRecord'];
/** The therapist's short visit note (clinical: the treating therapist only). */
export type VisitNote = Schemas['VisitNote'];
/** RTCConfiguration.iceServers with short-lived TURN credentials; `ttlSeconds` and `expiresAt` null without TURN. */
export type IceServerList = Schemas['IceServers'];

const base = '/api/v1/visits';
const visitPath = (id: string) => `${base}/${encodeURIComponent(id)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export function fetchVisits(signal?: AbortSignal): Promise<VisitList> {
  return request<VisitList>(base, withSignal(signal));
}

export function fetchVisit(id: string, signal?: AbortSignal): Promise<Visit> {
  return request<Visit>(visitPath(id), withSignal(signal));
}

/** Therapist only; the patient must be on their caseload. */
export function scheduleVisit(visit: ScheduleVisit): Promise<Visit> {
  return request<Visit>(base, { method: 'POST', body: visit });
}

/** Either participant, before the start. */
export function cancelVisit(id: string): Promise<Visit> {
  return request<Visit>(`${visitPath(id)}/cancel`, { method: 'POST' });
}

/** The therapist, while the visit is in progress. */
export function endVisit(id: string): Promise<Visit> {
  return request<Visit>(`${visitPath(id)}/end`, { method: 'POST' });
}

/** A link (not a fetch): the browser downloads the .ics itself. */
export function calendarUrl(id: string): string {
  return `${visitPath(id)}/calendar.ics`;
}

export function fetchVisitRecord(id: string, signal?: AbortSignal): Promise<VisitRecord> {
  return request<VisitRecord>(`${visitPath(id)}/record`, withSignal(signal));
}

export function fetchVisitNote(id: string, signal?: AbortSignal): Promise<VisitNote> {
  return request<VisitNote>(`${visitPath(id)}/note`, withSignal(signal));
}

export function saveVisitNote(id: string, text: string): Promise<VisitNote> {
  return request<VisitNote>(`${visitPath(id)}/note`, { method: 'PUT', body: { text } });
}

/** STUN/TURN servers with short-lived credentials; `[]` when the clinic configured none. */
export function fetchIceServers(id: string, signal?: AbortSignal): Promise<IceServerList> {
  return request<IceServerList>(`${visitPath(id)}/ice-servers`, withSignal(signal));
}

/** The signalling WebSocket's URL (same origin; the session cookie authenticates it). */
export function signallingUrl(id: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${visitPath(id)}/signal`;
}

/** Where the call screen lives in the app. */
export function callPath(id: string): string {
  return `/visits/${encodeURIComponent(id)}/call`;
}
