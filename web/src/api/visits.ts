import { request } from './http.ts';

/**
 * The gateway's own visit endpoints. The types are generated from the gateway's OpenAPI document
 * (src/api/generated/session-gateway.ts, see web/README.md); times are ISO instants (UTC).
 */
import type { components } from './generated/session-gateway.ts';

type Schemas = components['schemas'];

/** (REQUESTED ->) SCHEDULED -> WAITING -> IN_PROGRESS -> ENDED, or CANCELLED (docs/architecture.md, "A video visit"). */
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

/** Either participant, before the start, with a reason the other one reads (the therapist declines a request so). */
export function cancelVisit(id: string, reason: string): Promise<Visit> {
  return request<Visit>(`${visitPath(id)}/cancel`, { method: 'POST', body: { reason } });
}

/** The therapist accepts a visit the patient asked for. */
export function confirmVisit(id: string): Promise<Visit> {
  return request<Visit>(`${visitPath(id)}/confirm`, { method: 'POST' });
}

/**
 * Either participant, before the start, with a reason: the therapist to any time free of clashes,
 * the patient to one of the therapist's free slots (the visit then waits for the therapist again).
 */
export function moveVisit(id: string, start: string, reason: string): Promise<Visit> {
  return request<Visit>(`${visitPath(id)}/reschedule`, { method: 'POST', body: { start, reason } });
}

/** The therapist's own weekly hours. */
export function fetchWeeklyHours(signal?: AbortSignal): Promise<WeeklyHoursView> {
  return request<WeeklyHoursView>(`${base}/hours`, withSignal(signal));
}

export function saveWeeklyHours(hours: WeeklyHours): Promise<WeeklyHoursView> {
  return request<WeeklyHoursView>(`${base}/hours`, { method: 'PUT', body: hours });
}

/** A patient's: the free times of their therapists over the next `days` days. */
export function fetchOpenSlots(days: number, signal?: AbortSignal): Promise<OpenSlots> {
  return request<OpenSlots>(`${base}/open-slots?days=${days}`, withSignal(signal));
}

/** A patient asks for a visit in a free slot; it is REQUESTED until the therapist confirms it. */
export function requestVisit(visit: RequestVisit): Promise<Visit> {
  return request<Visit>(`${base}/requests`, { method: 'POST', body: visit });
}

/** The therapist: ends a visit in progress, or closes one nobody attended once its start has passed. */
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

/** A therapist's weekly hours (local times in one IANA time zone) and the clinic's visit length and buffer. */
export type WeeklyHoursView = Schemas['WeeklyHoursView'];
export type WeeklyHours = Schemas['WeeklyHours'];
export type HoursWindow = Schemas['HoursWindow'];
/** Free times a patient may ask for, per therapist of their care team. */
export type OpenSlots = Schemas['OpenSlots'];
export type TherapistSlots = Schemas['TherapistSlots'];
export type RequestVisit = Schemas['RequestVisit'];

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
