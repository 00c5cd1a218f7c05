import { request } from './http.ts';
import type { components } from './generated/therapist-service.ts';

/**
 * What the call screen reads from therapist-service to show the patient an exercise: the
 * patient's plan (therapist only), its active version's items, and the library for the rest.
 */

type Schemas = components['schemas'];

/** The plan fields the call screen reads (therapist-service PlanView). */
export type PlanSummary = Pick<Schemas['Plan'], 'id' | 'patientId' | 'title' | 'activeVersion'>;
export type PlanItem = Schemas['PlanItem'];
export type ActiveVersion = Schemas['PlanVersion'];
/** One library exercise with its step-by-step instructions. */
export type LibraryExercise = Schemas['ExerciseView'];

/** The patient's plans (0 or 1), for their treating therapist. */
export function fetchPlansOfPatient(patientId: string, signal?: AbortSignal): Promise<PlanSummary[]> {
  return request<PlanSummary[]>(`/api/v1/plans?patientId=${encodeURIComponent(patientId)}`, signal ? { signal } : {});
}

export function fetchActiveVersion(planId: string, signal?: AbortSignal): Promise<ActiveVersion> {
  return request<ActiveVersion>(`/api/v1/plans/${encodeURIComponent(planId)}/active`, signal ? { signal } : {});
}

export function fetchLibrary(signal?: AbortSignal): Promise<LibraryExercise[]> {
  return request<LibraryExercise[]>('/api/v1/exercises', signal ? { signal } : {});
}

export function fetchLibraryExercise(id: string, signal?: AbortSignal): Promise<LibraryExercise> {
  return request<LibraryExercise>(`/api/v1/exercises/${encodeURIComponent(id)}`, signal ? { signal } : {});
}
