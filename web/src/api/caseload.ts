import { request } from './http.ts';
import type { Flag } from './patients.ts';

import type { components } from './generated/patient-service.ts';

/** The kind of the check-in a latest pain came from (patient-service CheckInKind). */
export type CheckInKind = components['schemas']['CheckInKind'];

/** One patient on the calling therapist's caseload (GET /api/v1/caseload of patient-service). */
export type CaseloadEntry = components['schemas']['CaseloadEntry'];

/**
 * Sorted by the server: severity (URGENT first), then the oldest open flag, then name. Days and
 * weeks are each patient's own (the zone on their record, rule 18).
 */
export function fetchCaseload(signal?: AbortSignal): Promise<CaseloadEntry[]> {
  return request<CaseloadEntry[]>('/api/v1/caseload', signal ? { signal } : {});
}

/** Treating therapist only; a second acknowledgement answers 409. */
export function acknowledgeFlag(patientId: string, flagId: string): Promise<Flag> {
  const path = `/api/v1/patients/${encodeURIComponent(patientId)}/flags/${encodeURIComponent(flagId)}/acknowledgement`;
  return request<Flag>(path, { method: 'POST' });
}
