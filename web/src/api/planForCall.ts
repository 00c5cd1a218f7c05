import { request } from './http.ts';
import type { DosageLike } from '../call/exerciseCard.ts';

/**
 * What the call screen reads from therapist-service to show the patient an exercise: the
 * patient's plan (therapist only), its active version's items, and the library for the rest.
 */

export interface PlanSummary {
  id: string;
  patientId: string;
  title: string;
  activeVersion: number | null;
}

export interface PlanItem {
  id: string;
  position: number;
  section?: string;
  exerciseId: string;
  exerciseName: string;
  dosage?: DosageLike | null;
  notes?: string | null;
}

export interface ActiveVersion {
  planId: string;
  version: number;
  title: string;
  items: PlanItem[];
}

/** One library exercise with its step-by-step instructions. */
export interface LibraryExercise {
  id: string;
  name: string;
  instructions?: string[] | string | null;
  defaultDosage?: DosageLike | null;
}

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
