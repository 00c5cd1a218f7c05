import { request, requestAll } from './http.ts';

/**
 * patient-service through the gateway (`/api/v1/patients/...`). The types are generated from
 * patient-service's OpenAPI document (src/api/generated/patient-service.ts, see web/README.md);
 * times are ISO instants (UTC), days are ISO dates (`YYYY-MM-DD`).
 */
import type { components } from './generated/patient-service.ts';

type Schemas = components['schemas'];

// Every shape below is patient-service's own, generated from its OpenAPI document at build time
// (web/scripts/openapi-types.mjs); these names are the app's aliases for them.
export type Condition = Schemas['Condition'];
export type ContactChannel = Schemas['ContactChannel'];
export type PatientRecord = Schemas['PatientView'];
/** clinical-rules.md §13: the treating therapist's per-patient ceiling, 3/10 by default. */
export type ActivityCeiling = Schemas['ActivityCeilingView'];
/** clinical-rules.md §16: one code per red-flag question (the patient's wording lives in patient/redFlags.ts). */
export type RedFlag = Schemas['RedFlag'];
/** The server's advice codes, most important first (clinical-rules.md §24: one source of advice). */
export type AdviceCode = Schemas['AdviceCode'];
/** One piece of advice with the server's own words; the web shows `text` as it is. */
export type Advice = Schemas['Advice'];

/** A free-text note on a check-in or session: at most 1,000 characters. */
export const noteMaxLength = 1000;

/** clinical-rules.md §2: readings around a session, plus a standalone daily reading. */
export type CheckInKind = Schemas['CheckInKind'];
export type NewCheckIn = Schemas['CheckInRequest'];
export type CheckIn = Schemas['CheckInView'];
export type NewSessionItem = Schemas['SessionItemRequest'];
export type NewSession = Schemas['SessionRequest'];
export type SessionItem = Schemas['Item'];
/** clinical-rules.md §3 and 12. */
export type TwoHourOutcome = Schemas['TwoHourOutcome'];
/** clinical-rules.md §13: worst of during and right after against the ceiling used. */
export type CeilingOutcome = Schemas['CeilingOutcome'];
/** clinical-rules.md §14. */
export type HeartRateOutcome = Schemas['HeartRateOutcome'];
export type HeartRateCheck = Schemas['HeartRate'];
/** clinical-rules.md §12: the window of a session's two-hour follow-up. */
export type FollowUpWindow = Schemas['FollowUp'];
/** A follow-up not answered yet whose window has not closed (server state, every device sees it). */
export type PendingFollowUp = Schemas['PendingFollowUp'];
export type ExerciseSession = Schemas['SessionView'];
export type FlagKind = Schemas['FlagKind'];
/** clinical-rules.md §17. */
export type Severity = Schemas['Severity'];
/** The `status` filter of the flag list (a query parameter, not a schema). */
export type FlagStatus = 'OPEN' | 'ACKNOWLEDGED' | 'ALL';
export type Flag = Schemas['FlagView'];
export type AdherenceWeek = Schemas['AdherenceWeek'];
export type Adherence = Schemas['AdherenceView'];
/** How a week compares with the expected course (rule 9). */
export type CourseStatus = Schemas['CourseStatus'];
export type ProgressWeek = Schemas['ProgressWeek'];
/** clinical-rules.md §9: first improvement in weeks 2-4, 50-75 % less pain by weeks 6-8. */
export type ExpectedCourse = Schemas['Course'];
export type Progress = Schemas['ProgressView'];

/** A time range for list endpoints: `from` inclusive, `to` exclusive (ISO instants). */
export interface TimeRange {
  from?: string;
  to?: string;
}

const base = '/api/v1/patients';
const patientPath = (id: string) => `${base}/${encodeURIComponent(id)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The browser's IANA time zone (set on the record at first sign-in), or undefined. */
export function browserZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** A fresh key for one write, kept with it in the offline queue so a resend is never stored twice. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The signed-in patient's own record (created on first sign-in); in the first load (firstReads.ts). */
export { fetchMyRecord } from './firstReads.ts';

/** One record: the patient themself, a treating therapist or an admin. */
export function fetchPatient(id: string, signal?: AbortSignal): Promise<PatientRecord> {
  return request<PatientRecord>(patientPath(id), withSignal(signal));
}

export function fetchCheckIns(id: string, range: TimeRange = {}, signal?: AbortSignal): Promise<CheckIn[]> {
  return requestAll<CheckIn>(`${patientPath(id)}/check-ins${query({ ...range })}`, withSignal(signal));
}

/** The patient only. Retrying with the same key and body stores nothing twice. */
export function recordCheckIn(id: string, checkIn: NewCheckIn, idempotencyKey: string): Promise<CheckIn> {
  return request<CheckIn>(`${patientPath(id)}/check-ins`, {
    method: 'POST',
    body: checkIn,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function fetchSessions(id: string, range: TimeRange = {}, signal?: AbortSignal): Promise<ExerciseSession[]> {
  return requestAll<ExerciseSession>(`${patientPath(id)}/sessions${query({ ...range })}`, withSignal(signal));
}

export function fetchSession(id: string, sessionId: string, signal?: AbortSignal): Promise<ExerciseSession> {
  return request<ExerciseSession>(`${patientPath(id)}/sessions/${encodeURIComponent(sessionId)}`, withSignal(signal));
}

/** The patient only. Retrying with the same key and body stores nothing twice. */
export function recordSession(id: string, session: NewSession, idempotencyKey: string): Promise<ExerciseSession> {
  return request<ExerciseSession>(`${patientPath(id)}/sessions`, {
    method: 'POST',
    body: session,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** Newest first. */
export function fetchFlags(id: string, status: FlagStatus = 'OPEN', signal?: AbortSignal): Promise<Flag[]> {
  return requestAll<Flag>(`${patientPath(id)}/flags${query({ status })}`, withSignal(signal));
}

export function fetchAdherence(id: string, options: { weeks?: number } = {}, signal?: AbortSignal): Promise<Adherence> {
  return request<Adherence>(`${patientPath(id)}/adherence${query({ ...options })}`, withSignal(signal));
}

export function fetchProgress(id: string, options: { weeks?: number } = {}, signal?: AbortSignal): Promise<Progress> {
  return request<Progress>(`${patientPath(id)}/progress${query({ ...options })}`, withSignal(signal));
}

/** Follow-ups not yet answered whose window has not closed, soonest first. */
export function fetchFollowUps(id: string, signal?: AbortSignal): Promise<PendingFollowUp[]> {
  return request<PendingFollowUp[]>(`${patientPath(id)}/follow-ups`, withSignal(signal));
}

/** The patient or the treating therapist; an unknown zone answers 400. */
export function setTimeZone(id: string, timeZone: string): Promise<PatientRecord> {
  return request<PatientRecord>(`${patientPath(id)}/time-zone`, { method: 'PUT', body: { timeZone } });
}

/** How to reach the patient (patient-service ContactPreferences). */
export type ContactDetails = Schemas['ContactPreferences'];

/** The patient or the treating therapist: the contact details alone; the goals are left as they are. */
export function editContact(id: string, contact: ContactDetails): Promise<PatientRecord> {
  return request<PatientRecord>(`${patientPath(id)}/contact`, { method: 'PUT', body: contact });
}

/** Treating therapist only: 0-10 with a reason of 1-500 characters. */
export function setActivityCeiling(id: string, painCeiling: number, reason: string): Promise<PatientRecord> {
  return request<PatientRecord>(`${patientPath(id)}/activity-ceiling`, {
    method: 'PUT',
    body: { painCeiling, reason },
  });
}

/** Back to the default ceiling. */
export function clearActivityCeiling(id: string): Promise<PatientRecord | undefined> {
  return request<PatientRecord | undefined>(`${patientPath(id)}/activity-ceiling`, { method: 'DELETE' });
}
