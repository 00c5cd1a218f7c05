import { request } from './http.ts';

import type { components } from './generated/therapist-service.ts';

/** The three pillars every programme item belongs to (clinical-rules.md, "The three pillars"). */
export type Pillar = components['schemas']['Pillar'];

/** A library exercise, as GET /api/v1/exercises lists it (therapist-service ExerciseView, via the gateway). */
export type Exercise = components['schemas']['ExerciseView'];

export function fetchExercises(signal?: AbortSignal): Promise<Exercise[]> {
  return request<Exercise[]>('/api/v1/exercises', signal ? { signal } : {});
}
