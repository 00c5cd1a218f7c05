import { request } from './http.ts';
import type { components } from './generated/patient-service.ts';

/**
 * When a therapist's daily digest of HIGH and ROUTINE alerts arrives (patient-service
 * `alert/AlertPreferenceResource`); URGENT alerts are sent at once whatever is set here.
 */
export type AlertPreference = components['schemas']['AlertPreferenceView'];

const path = '/api/v1/notifications/alert-preferences';

export function fetchAlertPreference(signal?: AbortSignal): Promise<AlertPreference> {
  return request<AlertPreference>(path, signal ? { signal } : {});
}

/** A digest hour outside 0-23 or a zone patient-service does not know answers 400 with the field named. */
export function saveAlertPreference(preference: AlertPreference): Promise<AlertPreference> {
  return request<AlertPreference>(path, { method: 'PUT', body: preference });
}
