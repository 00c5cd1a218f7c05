import { request } from './http.ts';
import type { components } from './generated/patient-service.ts';

/**
 * A patient's first sign-in (issue 13 item 6): the consent texts in force, the patient's decisions
 * on them, and their contact preferences; all patient-service's, the shapes generated from its OpenAPI.
 */
type Schemas = components['schemas'];

export type ConsentKind = Schemas['ConsentKind'];
export type ConsentText = Schemas['ConsentText'];
export type Consents = Schemas['ConsentsView'];
export type ConsentDecision = Schemas['ConsentDecisionRequest'];
export type ContactPreferences = Schemas['ContactPreferencesView'];
export type ContactPreferencesChoice = Schemas['ContactPreferencesRequest'];
export type Channels = Schemas['Channels'];

const patientPath = (id: string) => `/api/v1/patients/${encodeURIComponent(id)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The exact texts in force, TELEHEALTH first. */
export function fetchConsentTexts(signal?: AbortSignal): Promise<ConsentText[]> {
  return request<ConsentText[]>('/api/v1/consent-texts', withSignal(signal));
}

/** In the first load (firstReads.ts). */
export { fetchConsents, fetchMyConsents } from './firstReads.ts';

/** The patient only; a version other than the one in force answers 409 (read the text again). */
export function decideConsent(patientId: string, decision: ConsentDecision): Promise<Consents> {
  return request<Consents>(`${patientPath(patientId)}/consents`, { method: 'POST', body: decision });
}

export function fetchContactPreferences(patientId: string, signal?: AbortSignal): Promise<ContactPreferences> {
  return request<ContactPreferences>(`${patientPath(patientId)}/contact-preferences`, withSignal(signal));
}

/** The patient only; replaces the preferences whole. */
export function saveContactPreferences(
  patientId: string,
  choice: ContactPreferencesChoice,
): Promise<ContactPreferences> {
  return request<ContactPreferences>(`${patientPath(patientId)}/contact-preferences`, { method: 'PUT', body: choice });
}
