import { request } from './http.ts';

import type { components } from './generated/therapist-service.ts';

/** The three pillars every programme item belongs to (clinical-rules.md, "The three pillars"). */
export type Pillar = components['schemas']['Pillar'];

/** A library exercise, as GET /api/v1/exercises lists it (therapist-service ExerciseView, via the gateway). */
export type Exercise = components['schemas']['ExerciseView'];

export function fetchExercises(signal?: AbortSignal): Promise<Exercise[]> {
  return request<Exercise[]>('/api/v1/exercises', signal ? { signal } : {});
}

/** A clinic exercise as a therapist writes it (create, or replace on edit). */
export type ExerciseDraft = components['schemas']['ExerciseDraft'];

/** The names of the shipped line drawings (`/api/v1/illustrations/{name}.svg`). */
export function fetchIllustrations(signal?: AbortSignal): Promise<string[]> {
  return request<string[]>('/api/v1/illustrations', signal ? { signal } : {});
}

export function fetchRegions(signal?: AbortSignal): Promise<string[]> {
  return request<string[]>('/api/v1/exercises/regions', signal ? { signal } : {});
}

export function createExercise(draft: ExerciseDraft): Promise<Exercise> {
  return request<Exercise>('/api/v1/exercises', { method: 'POST', body: draft });
}

export function updateExercise(id: string, draft: ExerciseDraft): Promise<Exercise> {
  return request<Exercise>(`/api/v1/exercises/${encodeURIComponent(id)}`, { method: 'PUT', body: draft });
}

/** A demonstration video (MP4, WebM) or image for a clinic exercise; the server checks the bytes match the type. */
export function uploadDemonstration(id: string, file: Blob): Promise<Exercise> {
  return request<Exercise>(`/api/v1/exercises/${encodeURIComponent(id)}/media`, { method: 'PUT', upload: file });
}

export function removeDemonstration(id: string): Promise<void> {
  return request<void>(`/api/v1/exercises/${encodeURIComponent(id)}/media`, { method: 'DELETE' });
}
