import { request } from './http.ts';

/**
 * patient-service through the gateway (`/api/v1/patients/...`). Types follow the JSON of
 * patient-service's views (PatientView, CheckInView, SessionView, FlagView, AdherenceView,
 * ProgressView); times are ISO instants (UTC), days are ISO dates (`YYYY-MM-DD`).
 */

export type Condition = 'LOW_BACK' | 'NECK_SHOULDER' | 'KNEE_OA' | 'HIP_OA' | 'SCIATICA' | 'FIBROMYALGIA' | 'OTHER';
export type ContactChannel = 'APP' | 'EMAIL' | 'SMS' | 'PHONE';

export interface PatientRecord {
  id: string;
  /** Keycloak subject (token `sub`) the record is linked to. */
  subject: string;
  displayName: string;
  dateOfBirth: string | null;
  conditions: Condition[];
  /** Usual pain before the programme, 0-10. */
  baselinePain: number | null;
  prescribedSessionsPerWeek: number | null;
  goals: string | null;
  contact: { preferredChannel: ContactChannel | null; email: string | null; phone: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

/** DOMAIN.md rule 2: readings around a session, plus a standalone daily reading. */
export type CheckInKind = 'BEFORE' | 'DURING' | 'AFTER' | 'FOLLOW_UP' | 'DAILY';

export interface NewCheckIn {
  kind: CheckInKind;
  /** 0-10, whole numbers. */
  pain: number;
  note?: string;
  /** The session the reading belongs to; never for DAILY. */
  sessionId?: string;
  /** When it happened, if not now (offline queue): not in the future, at most 7 days ago. */
  occurredAt?: string;
}

export interface CheckIn {
  id: string;
  patientId: string;
  kind: CheckInKind;
  pain: number;
  note: string | null;
  sessionId: string | null;
  occurredAt: string;
  recordedAt: string;
}

export interface NewSessionItem {
  planItemId?: string;
  exerciseId?: string;
  sets?: number;
  reps?: number;
  loadKg?: number;
  holdSeconds?: number;
  durationMinutes?: number;
}

export interface NewSession {
  planId?: string;
  planVersion?: number;
  startedAt: string;
  endedAt: string;
  /** 1 to 50 items. */
  items: NewSessionItem[];
  averageHeartRateBpm?: number;
  peakHeartRateBpm?: number;
  /** Required: the baseline of the two-hour rule. */
  painBefore: number;
  painDuringPeak?: number;
  painAfter?: number;
  note?: string;
}

export interface SessionItem {
  position: number;
  planItemId: string | null;
  exerciseId: string | null;
  sets: number | null;
  reps: number | null;
  loadKg: number | null;
  holdSeconds: number | null;
  durationMinutes: number | null;
}

/** DOMAIN.md rule 3. */
export type TwoHourOutcome = 'BACK_TO_BASELINE' | 'NOT_BACK' | 'FOLLOW_UP_MISSING';
/** DOMAIN.md rule 4. */
export type CeilingOutcome = 'WITHIN' | 'ABOVE';
export type Advice = 'CONTINUE' | 'REDUCE_INTENSITY' | 'RECORD_FOLLOW_UP';

export interface ExerciseSession {
  id: string;
  patientId: string;
  planId: string | null;
  planVersion: number | null;
  startedAt: string;
  endedAt: string;
  items: SessionItem[];
  averageHeartRateBpm: number | null;
  peakHeartRateBpm: number | null;
  note: string | null;
  painBefore: number;
  painDuringPeak: number | null;
  painAfter: number | null;
  painFollowUp: number | null;
  followUpAt: string | null;
  twoHourRule: TwoHourOutcome;
  /** null when no pain during was recorded. */
  ceiling: CeilingOutcome | null;
  advice: Advice;
  adviceText: string;
  recordedAt: string;
}

export type FlagKind = 'ACTIVITY_CEILING_EXCEEDED' | 'PAIN_NOT_BACK_TO_BASELINE';
export type FlagStatus = 'OPEN' | 'ACKNOWLEDGED' | 'ALL';

export interface Flag {
  id: string;
  patientId: string;
  sessionId: string | null;
  kind: FlagKind;
  detail: string;
  raisedAt: string;
  open: boolean;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

export interface AdherenceWeek {
  /** Monday, ISO date. */
  weekStart: string;
  sessions: number;
  prescribed: number | null;
  percent: number | null;
  met: boolean | null;
}

export interface Adherence {
  patientId: string;
  zone: string;
  prescribedSessionsPerWeek: number | null;
  /** Oldest week first. */
  weeks: AdherenceWeek[];
  last30Days: { from: string; to: string; daysWithData: number; thresholdDays: number; reachesThreshold: boolean };
}

/** How a week compares with the expected course (rule 9). */
export type CourseStatus = 'NO_DATA' | 'TOO_EARLY' | 'ON_TRACK' | 'BEHIND';

export interface ProgressWeek {
  weekStart: string;
  /** Week 1 is the week the programme started. */
  weekNumber: number;
  readings: number;
  meanPain: number | null;
  reductionPercent: number | null;
  course: CourseStatus;
}

/** DOMAIN.md rule 9: first improvement in weeks 2-4, 50-75 % less pain by weeks 6-8. */
export interface ExpectedCourse {
  firstImprovementFromWeek: number;
  firstImprovementByWeek: number;
  targetFromWeek: number;
  targetByWeek: number;
  targetReductionLowPercent: number;
  targetReductionHighPercent: number;
}

export interface Progress {
  patientId: string;
  zone: string;
  baselinePain: number | null;
  programmeStart: string | null;
  /** Oldest week first. */
  weeks: ProgressWeek[];
  expectedCourse: ExpectedCourse;
}

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

/** The browser's IANA time zone (days and weeks are counted in it), or undefined (server: UTC). */
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

/** The signed-in patient's own record (created on first sign-in). */
export function fetchMyRecord(signal?: AbortSignal): Promise<PatientRecord> {
  return request<PatientRecord>(`${base}/me`, withSignal(signal));
}

/** One record: the patient themself, a treating therapist or an admin. */
export function fetchPatient(id: string, signal?: AbortSignal): Promise<PatientRecord> {
  return request<PatientRecord>(patientPath(id), withSignal(signal));
}

export function fetchCheckIns(id: string, range: TimeRange = {}, signal?: AbortSignal): Promise<CheckIn[]> {
  return request<CheckIn[]>(`${patientPath(id)}/check-ins${query({ ...range })}`, withSignal(signal));
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
  return request<ExerciseSession[]>(`${patientPath(id)}/sessions${query({ ...range })}`, withSignal(signal));
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
  return request<Flag[]>(`${patientPath(id)}/flags${query({ status })}`, withSignal(signal));
}

export function fetchAdherence(
  id: string,
  options: { zone?: string; weeks?: number } = {},
  signal?: AbortSignal,
): Promise<Adherence> {
  return request<Adherence>(`${patientPath(id)}/adherence${query({ ...options })}`, withSignal(signal));
}

export function fetchProgress(
  id: string,
  options: { zone?: string; weeks?: number } = {},
  signal?: AbortSignal,
): Promise<Progress> {
  return request<Progress>(`${patientPath(id)}/progress${query({ ...options })}`, withSignal(signal));
}
