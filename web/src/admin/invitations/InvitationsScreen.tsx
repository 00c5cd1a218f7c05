import { useEffect, useState } from 'preact/hooks';
import {
  fetchInvitations,
  invite,
  resendInvitation,
  type Invitation,
  type InvitationRequest,
} from '../../api/invitations.ts';
import { InviteForm } from '../InviteForm.tsx';
import { messageOf } from '../messages.ts';
import { msg, t } from '../../i18n/i18n.ts';

/** What the invitations screen calls; tests pass their own. */
export interface InvitationServices {
  load: (signal?: AbortSignal) => Promise<Invitation[]>;
  invite: (invitation: InvitationRequest) => Promise<Invitation>;
  resend: (id: string) => Promise<Invitation>;
}

const gateway: InvitationServices = { load: fetchInvitations, invite, resend: resendInvitation };

const statusText = {
  PENDING: msg('Waiting to be accepted'),
  EXPIRED: msg('Link expired: resend it'),
  ACCEPTED: msg('Accepted'),
} satisfies Record<Invitation['status'], string>;

/** Invite patients, therapists and admins, and follow the invitations. */
export function InvitationsScreen({ services = gateway }: { services?: InvitationServices }) {
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
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('Invitations')}</h2>
      <p>{t('Invited people get an email to set their password.')}</p>
      <InviteForm onInvite={(request) => services.invite(request).then(replace)} />
      <h3>{t('Sent invitations')}</h3>
      {error !== null && <p role="alert">{error}</p>}
      {invitations === null && error === null && <p class="loading">{t('Loading…')}</p>}
      {invitations !== null && invitations.length === 0 && <p>{t('No invitations yet.')}</p>}
      {invitations !== null && invitations.length > 0 && (
        <ul class="invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} data-invitation-id={invitation.id} data-status={invitation.status}>
              <span>{invitation.email}</span> <span>({invitation.role.toLowerCase()})</span>{' '}
              <span>{t(statusText[invitation.status])}</span>{' '}
              {invitation.status !== 'ACCEPTED' && (
                <button type="button" onClick={() => resend(invitation.id)}>
                  {t('Resend to {email}', { email: invitation.email })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
