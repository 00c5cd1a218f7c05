import type { Pillar } from './exercises.ts';
import { request } from './http.ts';
import type { components } from './generated/therapist-service.ts';
import type { Language } from '../i18n/languages.ts';

/** therapist-service's plan-authoring API (protocols, plans, drafts, versions, progression, library search). */

export type { Pillar };
export type ExerciseKind = components['schemas']['ExerciseKind'];
export type Weekday = components['schemas']['DayOfWeek'];

/** How much of one item. Every field optional; which ones matter depends on the item's kind. */
export type Dosage = components['schemas']['Dosage'];

export type Severity = components['schemas']['Severity'];

export type Finding = components['schemas']['Finding'];

/** A field problem from a 400/422 answer (`violations[]`); `code` e.g. LOAD_INCREASE_NEEDS_REASON. */
export interface Violation {
  field: string;
  message: string;
  code?: string;
}

export type HeartRateTargets = components['schemas']['HeartRateTargets'];

/** What the therapist-service adds to plan views about the patient's safety. */
export type PlanSafety = Pick<Plan, 'heartRateTargets' | 'activeVersionFindings'>;

/** Publish body (rule 15): a reason per item whose load rises more than 10 %, keyed "items[i]". */
export type PublishRequest = components['schemas']['PublishDraft'];

/** therapist-service ExerciseView (generated, see web/README.md). */
export type LibraryExercise = components['schemas']['ExerciseView'];
/** One item of a protocol (therapist-service ProtocolView.Item). */
export type ProtocolItem = components['schemas']['Item'];
export type Protocol = components['schemas']['ProtocolView'];

export type VersionStatus = components['schemas']['Status'];

export type VersionSummary = components['schemas']['PlanVersionSummary'];

export type Plan = components['schemas']['Plan'];

export type PlanItemView = components['schemas']['PlanItem'];

export type PlanVersionView = components['schemas']['PlanVersion'];

/** One item as the draft body carries it. */
export type PlanItemInput = components['schemas']['PlanItemInput'];

export type DraftInput = components['schemas']['PlanDraft'];

export type ProgressionOutcome = 'INCREASE' | 'HOLD' | 'STEP_BACK';

export type ProgressionSuggestion = components['schemas']['ProgressionSuggestion'];

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
  return request<Plan>(plansBase, {
    method: 'POST',
    body: { patientId, title, ...(protocolId ? { protocolId } : {}) },
  });
}

/**
 * Issue 19 item 7: starts another patient's plan from a copy of this one (its draft, else its
 * published version) as their draft; 409 when they have a plan already.
 */
export function copyPlan(planId: string, patientId: string, title: string): Promise<PlanVersionView> {
  return request<PlanVersionView>(plansBase, { method: 'POST', body: { patientId, title, copyFromPlanId: planId } });
}

/** Saves a plan's exercises and dosages (not its notes) as a template of the clinic's own. */
export function saveTemplate(planId: string, name: string, summary: string): Promise<Protocol> {
  return request<Protocol>('/api/v1/protocols', {
    method: 'POST',
    body: { planId, name, ...(summary.trim() ? { summary } : {}) },
  });
}

/** Removes a clinic template (built-in protocols answer 409). */
export function removeTemplate(protocolId: string): Promise<void> {
  return request<void>(`/api/v1/protocols/${encodeURIComponent(protocolId)}`, { method: 'DELETE' });
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
  return request<ProgressionSuggestion>(`${planPath(planId)}/progression/accept`, {
    method: 'POST',
    body: { weekStart },
  });
}

export function dismissProgression(planId: string, weekStart: string, reason?: string): Promise<ProgressionSuggestion> {
  const body = reason && reason.trim() !== '' ? { weekStart, reason: reason.trim() } : { weekStart };
  return request<ProgressionSuggestion>(`${planPath(planId)}/progression/dismiss`, { method: 'POST', body });
}

/**
 * A link (not a fetch): the browser downloads the PDF itself. Without a language the service
 * prints in the one the patient chose, else the one the browser asks for.
 */
export function handoutUrl(planId: string, version?: number, language?: Language): string {
  const query = new URLSearchParams();
  if (version !== undefined) query.set('version', String(version));
  if (language !== undefined) query.set('language', language);
  const search = query.toString();
  return `${planPath(planId)}/handout.pdf${search ? `?${search}` : ''}`;
}
