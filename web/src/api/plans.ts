import type { Pillar } from './exercises.ts';
import { request } from './http.ts';
import type { components } from './generated/therapist-service.ts';

/** therapist-service's plan-authoring API (protocols, plans, drafts, versions, progression, library search). */

export type { Pillar };
export type ExerciseKind = 'AEROBIC' | 'STRENGTH';
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** How much of one item. Every field optional; which ones matter depends on the item's kind. */
export interface Dosage {
  sets?: number | null;
  reps?: number | null;
  loadKg?: number | null;
  holdSeconds?: number | null;
  durationMinutes?: number | null;
  sessionsPerDay?: number | null;
  daysPerWeek?: number | null;
  weekdays?: Weekday[] | null;
  targetZoneLowPercent?: number | null;
  targetZoneHighPercent?: number | null;
  restSeconds?: number | null;
}

export type Severity = 'IMPOSSIBLE' | 'CONTRAINDICATED' | 'WARNING';

/** A dosage check result; `field` is the JSON path in the draft body, e.g. `items[2].dosage.holdSeconds`. */
export interface Finding {
  field: string;
  severity: Severity;
  code: string;
  message: string;
}

/** A field problem from a 400/422 answer (`violations[]`); `code` e.g. LOAD_INCREASE_NEEDS_REASON. */
export interface Violation {
  field: string;
  message: string;
  code?: string;
}

/** Rule 14: whether heart-rate targets can be computed for the patient (no date of birth: not). */
export interface HeartRateTargets {
  computable: boolean;
  /** Why not, in the service's words ("No date of birth: heart-rate targets cannot be computed"). */
  reason?: string | null;
}

/** What the therapist-service adds to plan views about the patient's safety. */
export interface PlanSafety {
  heartRateTargets?: HeartRateTargets;
  /** The active version re-checked against the patient's current conditions and birth date. */
  activeVersionFindings?: Finding[];
}

/** Publish body (rule 15): a reason per item whose load rises more than 10 %, keyed "items[i]". */
export interface PublishRequest {
  loadIncreaseReasons: Record<string, string>;
}

/** therapist-service ExerciseView (generated, see web/README.md). */
export type LibraryExercise = components['schemas']['ExerciseView'];
/** One item of a protocol (therapist-service ProtocolView.Item). */
export type ProtocolItem = components['schemas']['Item'];
export type Protocol = components['schemas']['ProtocolView'];

export type VersionStatus = 'DRAFT' | 'PUBLISHED';

export interface VersionSummary {
  version: number;
  status: VersionStatus;
  changeNote: string | null;
  createdAt: string;
  publishedAt: string | null;
  itemCount: number;
}

export interface Plan extends PlanSafety {
  id: string;
  patientId: string;
  title: string;
  protocolId: string | null;
  activeVersion: number | null;
  draftVersion: number | null;
  createdAt: string;
  versions: VersionSummary[];
}

export interface PlanItemView {
  id: string;
  position: number;
  section?: string;
  exerciseId: string;
  exerciseSlug?: string;
  exerciseName: string;
  pillar: Pillar;
  kind?: ExerciseKind;
  dosage: Dosage;
  targetHeartRateBpm?: { low: number; high: number };
  notes?: string;
  illustrationUrl?: string;
}

export interface PlanVersionView extends PlanSafety {
  planId: string;
  patientId: string;
  title: string;
  version: number;
  status: VersionStatus;
  active: boolean;
  changeNote?: string;
  createdAt: string;
  publishedAt?: string;
  maxHeartRate?: { formula: string; ageYears: number; bpm: number };
  items: PlanItemView[];
  warnings?: Finding[];
}

/** One item as the draft body carries it. */
export interface PlanItemInput {
  exerciseId: string;
  section?: string;
  dosage: Dosage;
  notes?: string;
}

export interface DraftInput {
  items: PlanItemInput[];
  changeNote?: string;
}

export type ProgressionOutcome = 'INCREASE' | 'HOLD' | 'STEP_BACK';

export interface ProgressionSuggestion {
  planId: string;
  basedOnVersion: number;
  weekStart: string;
  weekEnd: string;
  outcome: ProgressionOutcome;
  percent: number;
  reason: string;
  sessions: { sessions: number; metBoth: number; notBackWithinTwoHours: number; aboveCeiling: number; unconfirmed: number };
  items: { itemId: string; exerciseName: string; currentLoadKg?: number; suggestedLoadKg?: number; note?: string }[];
  decision?: {
    decision: 'ACCEPTED' | 'DISMISSED';
    loadChangePercent?: number;
    resultingVersion?: number;
    reason?: string;
    decidedAt: string;
  };
}

export interface ExerciseSearch {
  pillar?: Pillar | '';
  region?: string;
  q?: string;
}

const plansBase = '/api/v1/plans';
const planPath = (id: string) => `${plansBase}/${encodeURIComponent(id)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export function fetchProtocols(signal?: AbortSignal): Promise<Protocol[]> {
  return request<Protocol[]>('/api/v1/protocols', withSignal(signal));
}

/** Builds the library search path; empty filters are left out. */
export function exerciseSearchPath(search: ExerciseSearch): string {
  const params = new URLSearchParams();
  if (search.pillar) params.set('pillar', search.pillar);
  if (search.region) params.set('region', search.region);
  if (search.q && search.q.trim() !== '') params.set('q', search.q.trim());
  const query = params.toString();
  return query ? `/api/v1/exercises?${query}` : '/api/v1/exercises';
}

export function searchExercises(search: ExerciseSearch, signal?: AbortSignal): Promise<LibraryExercise[]> {
  return request<LibraryExercise[]>(exerciseSearchPath(search), withSignal(signal));
}

export function fetchRegions(signal?: AbortSignal): Promise<string[]> {
  return request<string[]>('/api/v1/exercises/regions', withSignal(signal));
}

/** The patient's plan, or null when they have none yet (one plan per patient). */
export async function fetchPatientPlan(patientId: string, signal?: AbortSignal): Promise<Plan | null> {
  const plans = await request<Plan[]>(`${plansBase}?patientId=${encodeURIComponent(patientId)}`, withSignal(signal));
  return plans[0] ?? null;
}

export function fetchPlan(planId: string, signal?: AbortSignal): Promise<Plan> {
  return request<Plan>(planPath(planId), withSignal(signal));
}

/** Blank (no protocolId) or from a protocol: answers the new plan with its draft version 1. */
export function createPlan(patientId: string, title: string, protocolId?: string): Promise<Plan> {
  return request<Plan>(plansBase, { method: 'POST', body: { patientId, title, ...(protocolId ? { protocolId } : {}) } });
}

export function fetchDraft(planId: string, signal?: AbortSignal): Promise<PlanVersionView> {
  return request<PlanVersionView>(`${planPath(planId)}/draft`, withSignal(signal));
}

/** Replaces the draft's items (starts the next version after a publish); answers it with its warnings. */
export function saveDraft(planId: string, draft: DraftInput): Promise<PlanVersionView> {
  return request<PlanVersionView>(`${planPath(planId)}/draft`, { method: 'PUT', body: draft });
}

export function discardDraft(planId: string): Promise<void> {
  return request<void>(`${planPath(planId)}/draft`, { method: 'DELETE' });
}

/** The body is sent only when a load increase needs a reason. */
export function publishDraft(planId: string, body?: PublishRequest): Promise<PlanVersionView> {
  return request<PlanVersionView>(`${planPath(planId)}/draft/publish`, { method: 'POST', ...(body ? { body } : {}) });
}

export function fetchVersion(planId: string, version: number, signal?: AbortSignal): Promise<PlanVersionView> {
  return request<PlanVersionView>(`${planPath(planId)}/versions/${version}`, withSignal(signal));
}

export function fetchProgression(planId: string, signal?: AbortSignal): Promise<ProgressionSuggestion> {
  return request<ProgressionSuggestion>(`${planPath(planId)}/progression`, withSignal(signal));
}

export function acceptProgression(planId: string, weekStart: string): Promise<ProgressionSuggestion> {
  return request<ProgressionSuggestion>(`${planPath(planId)}/progression/accept`, { method: 'POST', body: { weekStart } });
}

export function dismissProgression(planId: string, weekStart: string, reason?: string): Promise<ProgressionSuggestion> {
  const body = reason && reason.trim() !== '' ? { weekStart, reason: reason.trim() } : { weekStart };
  return request<ProgressionSuggestion>(`${planPath(planId)}/progression/dismiss`, { method: 'POST', body });
}

/** A link (not a fetch): the browser downloads the PDF itself. */
export function handoutUrl(planId: string, version?: number): string {
  return `${planPath(planId)}/handout.pdf${version !== undefined ? `?version=${version}` : ''}`;
}
