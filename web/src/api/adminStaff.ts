import { request } from './http.ts';

import type { components } from './generated/patient-service.ts';

type Schemas = components['schemas'];

/** A therapist's or admin's account as Keycloak has it (patient-service AccountView). */
export type StaffAccount = Schemas['AccountView'];

/** One page of the staff list (patient-service StaffPage). */
export type StaffPage = Schemas['StaffPage'];

/** What the staff list is filtered by; every part optional. */
export interface StaffQuery {
  query?: string;
  role?: Schemas['StaffRole'];
  status?: Schemas['StaffStatus'];
  cursor?: string | null;
  limit?: number;
}

/** Builds `?a=b&...` from the parameters that have a value. */
export function queryString(parameters: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** Admin: therapists and admins, a page at a time. */
export function fetchStaff(query: StaffQuery = {}, signal?: AbortSignal): Promise<StaffPage> {
  const path = `/api/v1/staff${queryString({ ...query })}`;
  return request<StaffPage>(path, signal ? { signal } : {});
}

function staffAction(subject: string, action: 'deactivation' | 'reactivation' | 'access-reset') {
  return request<StaffAccount>(`/api/v1/staff/${encodeURIComponent(subject)}/${action}`, { method: 'POST' });
}

/** The account can no longer sign in and its sessions end; your own is a 409. */
export function deactivateStaff(subject: string): Promise<StaffAccount> {
  return staffAction(subject, 'deactivation');
}

export function reactivateStaff(subject: string): Promise<StaffAccount> {
  return staffAction(subject, 'reactivation');
}

/** Emails a link to set a new password; a deactivated account is a 409. */
export function resetStaffAccess(subject: string): Promise<StaffAccount> {
  return staffAction(subject, 'access-reset');
}
