import { request } from './http.ts';

/** SCHEDULED -> WAITING -> IN_PROGRESS -> ENDED, or CANCELLED (docs/architecture.md, "A video visit"). */
export type VisitStatus = 'SCHEDULED' | 'WAITING' | 'IN_PROGRESS' | 'ENDED' | 'CANCELLED';
export type VisitRole = 'therapist' | 'patient';

/** A video visit as the gateway shows it to one of its two participants. Times are ISO instants (UTC). */
export interface Visit {
  id: string;
  therapistName: string;
  patientId: string;
  patientName: string;
  start: string;
  durationMinutes: number;
  end: string;
  reason: string | null;
  status: VisitStatus;
  yourRole: VisitRole;
  /** The waiting room opens 10 minutes before the start. */
  joinableFrom: string;
  joinableUntil: string;
  /** Whether the caller may join the call now (the server decides; the page only shows it). */
  joinableNow: boolean;
  cancelledAt: string | null;
  cancelledBy: VisitRole | null;
}

export interface VisitList {
  /** Soonest first. */
  upcoming: Visit[];
  /** Latest first, at most 100. */
  past: Visit[];
}

export interface ScheduleVisit {
  patientId: string;
  /** ISO instant. */
  start: string;
  /** 5 to 180. */
  durationMinutes: number;
  /** At most 500 characters. */
  reason?: string;
}

export interface VisitRecord {
  visitId: string;
  status: VisitStatus;
  actualStart: string | null;
  actualEnd: string | null;
  durationSeconds: number | null;
  attendance: { role: VisitRole; joinedAt: string; leftAt: string | null; reconnect: boolean }[];
  reconnects: { therapist: number; patient: number };
}

/** The therapist's short visit note (clinical: the treating therapist only). */
export interface VisitNote {
  text: string;
  updatedAt: string | null;
}

export interface IceServerList {
  iceServers: RTCIceServer[];
  ttlSeconds: number;
  expiresAt: string;
}

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
