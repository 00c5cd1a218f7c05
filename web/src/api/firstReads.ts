import { request } from './http.ts';
import type { components } from './generated/patient-service.ts';

/**
 * The patient's reads that the entry starts before the patient's screens' code is in (app.tsx,
 * startEarlyReads). They live apart from patients.ts and consents.ts, which re-export them, so the
 * first load carries these two functions and not those whole modules (a module is not split).
 */
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The signed-in patient's own record (created on first sign-in). */
export function fetchMyRecord(signal?: AbortSignal): Promise<components['schemas']['PatientView']> {
  return request('/api/v1/patients/me', withSignal(signal));
}

/**
 * The signed-in patient's own consents (texts in force, decisions, whether one is needed), without the
 * record's id: asked for together with the record instead of one round trip after it.
 */
export function fetchMyConsents(signal?: AbortSignal): Promise<components['schemas']['ConsentsView']> {
  return request('/api/v1/patients/me/consents', withSignal(signal));
}

/** A patient's consent texts in force, the decisions on them and whether one is needed (their care team's view). */
export function fetchConsents(patientId: string, signal?: AbortSignal): Promise<components['schemas']['ConsentsView']> {
  return request(`/api/v1/patients/${encodeURIComponent(patientId)}/consents`, withSignal(signal));
}
