import { useEffect, useState } from 'preact/hooks';
import {
  fetchInvitations,
  invite,
  resendInvitation,
  type Invitation,
  type InvitationRequest,
} from '../api/invitations.ts';
import type { Me } from '../api/session.ts';
import { InviteForm } from './InviteForm.tsx';
import { messageOf } from './messages.ts';

/** What the admin screens call; tests pass their own. */
export interface AdminServices {
  load: (signal?: AbortSignal) => Promise<Invitation[]>;
  invite: (invitation: InvitationRequest) => Promise<Invitation>;
  resend: (id: string) => Promise<Invitation>;
}

const gateway: AdminServices = { load: fetchInvitations, invite, resend: resendInvitation };

const statusText: Record<Invitation['status'], string> = {
  PENDING: 'Waiting to be accepted',
  EXPIRED: 'Link expired: resend it',
  ACCEPTED: 'Accepted',
};

/** The clinic admin's screen: invite patients, therapists and admins, and follow the invitations. */
export function AdminApp({ me, services = gateway }: { me: Me; services?: AdminServices }) {
  const [invitations, setInvitations] = useState<Invitation[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    services.load(controller.signal).then(setInvitations, (e: unknown) => {
      if (!controller.signal.aborted) setError(messageOf(e));
    });
    return () => controller.abort();
  }, [services]);

  const replace = (changed: Invitation) =>
    setInvitations((current) => [changed, ...(current ?? []).filter((i) => i.id !== changed.id)]);

  const resend = (id: string) => {
    setError(null);
    services.resend(id).then(replace, (e: unknown) => setError(messageOf(e)));
  };

  return (
    <section aria-labelledby="admin-heading" class="admin">
      <h1 id="admin-heading">Clinic accounts</h1>
      <p>
        Signed in as {me.name}. Invited people get an email to set their password.{' '}
        <a href="/exercises">Exercise list</a>
      </p>
      <InviteForm onInvite={(request) => services.invite(request).then(replace)} />
      <h2>Invitations</h2>
      {error !== null && <p role="alert">{error}</p>}
      {invitations === null && error === null && <p class="loading">Loading…</p>}
      {invitations !== null && invitations.length === 0 && <p>No invitations yet.</p>}
      {invitations !== null && invitations.length > 0 && (
        <ul class="invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} data-invitation-id={invitation.id} data-status={invitation.status}>
              <span>{invitation.email}</span> <span>({invitation.role.toLowerCase()})</span>{' '}
              <span>{statusText[invitation.status]}</span>{' '}
              {invitation.status !== 'ACCEPTED' && (
                <button type="button" onClick={() => resend(invitation.id)}>
                  Resend to {invitation.email}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
