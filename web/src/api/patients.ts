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
  /** IANA zone days and weeks are counted in, for every viewer (clinical-rules.md §18); "UTC" until set. */
  timeZone: string;
  /** null while the zone was never set (the web then sets it from the browser at sign-in). */
  timeZoneSetAt: string | null;
  activityCeiling: ActivityCeiling;
  createdAt: string;
  updatedAt: string;
}

/** clinical-rules.md §13: the treating therapist's per-patient ceiling, 3/10 by default. */
export interface ActivityCeiling {
  painCeiling: number;
  default: boolean;
  reason: string | null;
  setBy: string | null;
  setAt: string | null;
}

/** clinical-rules.md §16: one code per red-flag question (the patient's wording lives in patient/redFlags.ts). */
export type RedFlag =
  | 'SADDLE_NUMBNESS_BLADDER_BOWEL'
  | 'LEG_WEAKNESS_NUMBNESS'
  | 'CHEST_SYMPTOMS'
  | 'FEVER_UNWELL'
  | 'UNEXPLAINED_WEIGHT_LOSS'
  | 'NIGHT_PAIN'
  | 'FALL_OR_INJURY';

/** The server's advice codes, most important first (clinical-rules.md §24: one source of advice). */
export type AdviceCode =
  | 'CALL_EMERGENCY'
  | 'SEEK_URGENT_CARE'
  | 'HEART_RATE_ABOVE_CAP'
  | 'REDUCE_INTENSITY'
  | 'SLOW_DOWN_HEART_RATE'
  | 'FOLLOW_UP_LATE'
  | 'RECORD_FOLLOW_UP'
  | 'CONTINUE';

/** One piece of advice with the server's own words; the web shows `text` as it is. */
export interface Advice {
  code: AdviceCode;
  text: string;
}

/** A free-text note on a check-in or session: at most 1,000 characters. */
export const noteMaxLength = 1000;

/** clinical-rules.md §2: readings around a session, plus a standalone daily reading. */
export type CheckInKind = 'BEFORE' | 'DURING' | 'AFTER' | 'FOLLOW_UP' | 'DAILY';

export interface NewCheckIn {
  kind: CheckInKind;
  /** 0-10, whole numbers. */
  pain: number;
  note?: string;
  /** Codes answered yes; [] = screened, all no; absent = not asked (FOLLOW_UP). */
  redFlags?: RedFlag[];
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
  redFlags?: RedFlag[] | null;
  /** A FOLLOW_UP answered after its window closed. */
  late?: boolean | null;
  occurredAt: string;
  recordedAt: string;
  /** Red-flag advice for a DAILY reading (else []); the session's advice after a FOLLOW_UP. */
  advice: Advice[];
}

export interface NewSessionItem {
  planItemId?: string;
  exerciseId?: string;
  sets?: number;
  reps?: number;
  loadKg?: number;
  holdSeconds?: number;
  durationMinutes?: number;
  /** The item's prescribed heart-rate zone copied from the plan (1-100, both or neither). */
  targetZoneLowPercent?: number;
  targetZoneHighPercent?: number;
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
  /** Codes answered yes; [] = screened, all no. */
  redFlags?: RedFlag[];
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

/** clinical-rules.md §3 and 12. */
export type TwoHourOutcome = 'BACK_TO_BASELINE' | 'NOT_BACK' | 'FOLLOW_UP_MISSING' | 'NOT_ASSESSED_LATE';
/** clinical-rules.md §13: worst of during and right after against the ceiling used. */
export type CeilingOutcome = 'WITHIN' | 'ABOVE';
/** clinical-rules.md §14. */
export type HeartRateOutcome = 'WITHIN' | 'ABOVE_ZONE' | 'ABOVE_CAP' | 'NOT_RECORDED' | 'NO_DATE_OF_BIRTH';

export interface HeartRateCheck {
  outcome: HeartRateOutcome;
  maxHeartRateBpm: number | null;
  capBpm: number | null;
  zoneHighBpm: number | null;
}

/** clinical-rules.md §12: the window of a session's two-hour follow-up. */
export interface FollowUpWindow {
  windowOpensAt: string;
  dueAt: string;
  windowClosesAt: string;
  late: boolean | null;
}

/** A follow-up not answered yet whose window has not closed (server state, every device sees it). */
export interface PendingFollowUp {
  sessionId: string;
  sessionEndedAt: string;
  windowOpensAt: string;
  dueAt: string;
  windowClosesAt: string;
  status: 'UPCOMING' | 'OPEN';
}

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
  /** null when neither during nor right after was recorded. */
  ceiling: CeilingOutcome | null;
  /** The patient's ceiling in force when the session was logged. */
  ceilingUsed: number | null;
  worstActivityPain: number | null;
  heartRate: HeartRateCheck | null;
  followUp: FollowUpWindow | null;
  redFlags?: RedFlag[] | null;
  /** Most important first; never empty. */
  advice: Advice[];
  recordedAt: string;
}

export type FlagKind =
  | 'RED_FLAG'
  | 'HEART_RATE_ABOVE_CAP'
  | 'TWO_HOUR_RULE_MISSED_TWICE'
  | 'HIGH_DAILY_PAIN'
  | 'WORSENING_TREND'
  | 'BEHIND_EXPECTED_COURSE'
  | 'ACTIVITY_CEILING_EXCEEDED'
  | 'PAIN_NOT_BACK_TO_BASELINE';
/** clinical-rules.md §17. */
export type Severity = 'URGENT' | 'HIGH' | 'ROUTINE';
export type FlagStatus = 'OPEN' | 'ACKNOWLEDGED' | 'ALL';

export interface Flag {
  id: string;
  patientId: string;
  sessionId: string | null;
  checkInId: string | null;
  kind: FlagKind;
  severity: Severity;
  /** The codes answered yes, for RED_FLAG; else []. */
  redFlags: RedFlag[];
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

/** clinical-rules.md §9: first improvement in weeks 2-4, 50-75 % less pain by weeks 6-8. */
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
  options: { weeks?: number } = {},
  signal?: AbortSignal,
): Promise<Adherence> {
  return request<Adherence>(`${patientPath(id)}/adherence${query({ ...options })}`, withSignal(signal));
}

export function fetchProgress(
  id: string,
  options: { weeks?: number } = {},
  signal?: AbortSignal,
): Promise<Progress> {
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

/** Treating therapist only: 0-10 with a reason of 1-500 characters. */
export function setActivityCeiling(id: string, painCeiling: number, reason: string): Promise<PatientRecord> {
  return request<PatientRecord>(`${patientPath(id)}/activity-ceiling`, { method: 'PUT', body: { painCeiling, reason } });
}

/** Back to the default ceiling. */
export function clearActivityCeiling(id: string): Promise<PatientRecord | undefined> {
  return request<PatientRecord | undefined>(`${patientPath(id)}/activity-ceiling`, { method: 'DELETE' });
}
