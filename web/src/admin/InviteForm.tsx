import { useState } from 'preact/hooks';
import type { InvitationRequest } from '../api/invitations.ts';
import { messageOf } from './messages.ts';
import { msg, t } from '../i18n/i18n.ts';

type Role = InvitationRequest['role'];

const roleNames = { PATIENT: msg('Patient'), THERAPIST: msg('Therapist'), ADMIN: msg('Admin') } satisfies Record<
  Role,
  string
>;

/** Invite one person: role (of `roles`), email and name; the server checks everything again. */
export function InviteForm({
  onInvite,
  roles = ['PATIENT', 'THERAPIST', 'ADMIN'],
  heading,
}: {
  onInvite: (request: InvitationRequest) => Promise<unknown>;
  roles?: Role[];
  heading?: string;
}) {
  const [role, setRole] = useState<Role>(roles[0] ?? 'PATIENT');
  const [fields, setFields] = useState({ email: '', firstName: '', lastName: '' });
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    setOutcome(null);
    onInvite({ role, ...fields }).then(
      () => {
        setOutcome({ ok: true, text: t('Invitation sent to {email}.', { email: fields.email }) });
        setFields({ email: '', firstName: '', lastName: '' });
      },
      (e: unknown) => setOutcome({ ok: false, text: messageOf(e) }),
    );
  };

  const change = (name: keyof typeof fields) => (e: Event) =>
    setFields({ ...fields, [name]: (e.target as HTMLInputElement).value });
  const input = (name: 'firstName' | 'lastName', label: string) => (
    <label>
      {label}
      <input name={name} type="text" required maxLength={99} value={fields[name]} onInput={change(name)} />
    </label>
  );

  return (
    <form onSubmit={submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{heading ?? t('Invite someone')}</h2>
      <label>
        {t('Role')}
        <select name="role" value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value as Role)}>
          {roles.map((value) => (
            <option key={value} value={value}>
              {t(roleNames[value])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('Email')}
        <input name="email" type="email" required maxLength={254} value={fields.email} onInput={change('email')} />
      </label>
      {input('firstName', 'First name')}
      {input('lastName', 'Last name')}
      <button type="submit">{t('Send invitation')}</button>
      {outcome && <p role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</p>}
    </form>
  );
}
