import { request, requestAll } from './http.ts';

import type { components } from './generated/patient-service.ts';

/** An invitation with its status (patient-service InvitationView). */
export type Invitation = components['schemas']['InvitationView'];

/** What an admin or therapist sends to invite someone (patient-service InvitationRequest). */
export type InvitationRequest = components['schemas']['InvitationRequest'];

/** Admin: every invitation; therapist: those of their caseload; newest first. */
export function fetchInvitations(signal?: AbortSignal): Promise<Invitation[]> {
  return requestAll<Invitation>('/api/v1/invitations', signal ? { signal } : {});
}

/** Creates the account (and a patient's record) and emails the invitation; an email with an account is a 409. */
export function invite(invitation: InvitationRequest): Promise<Invitation> {
  return request<Invitation>('/api/v1/invitations', { method: 'POST', body: invitation });
}

/** A new email with a new link; 409 once accepted. */
export function resendInvitation(id: string): Promise<Invitation> {
  return request<Invitation>(`/api/v1/invitations/${encodeURIComponent(id)}/resend`, { method: 'POST' });
}
