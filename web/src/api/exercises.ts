import { request } from './http.ts';

/** The three pillars every programme item belongs to (clinical-rules.md, "The three pillars"). */
export type Pillar = 'EXERCISE' | 'STRETCHING' | 'RESTORATION';

/** A library exercise, as GET /api/v1/exercises lists it (therapist-service, via the gateway). */
export interface Exercise {
  id: string | number;
  name: string;
  pillar: Pillar | string;
  regions: string[];
  instructions?: string;
}

export function fetchExercises(signal?: AbortSignal): Promise<Exercise[]> {
  return request<Exercise[]>('/api/v1/exercises', signal ? { signal } : {});
}
