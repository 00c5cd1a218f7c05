import { useState } from 'preact/hooks';
import type { StaffAccount } from '../../api/adminStaff.ts';
import { messageOf } from '../messages.ts';
import type { StaffServices } from './StaffScreen.tsx';
import { t } from '../../i18n/i18n.ts';

function nameOf(account: StaffAccount): string {
  const name = [account.firstName, account.lastName].filter(Boolean).join(' ');
  return name || account.email || account.subject;
}

function statusOf(account: StaffAccount): string {
  if (!account.enabled) return t('Deactivated');
  return account.pendingActions.length > 0 ? t('Invited, not set up yet') : t('Active');
}

/** One account with its actions; deactivating asks to confirm, and nobody deactivates themself. */
export function StaffRow({
  account,
  isMe,
  services,
  onChanged,
}: {
  account: StaffAccount;
  isMe: boolean;
  services: Pick<StaffServices, 'deactivate' | 'reactivate' | 'resetAccess'>;
  onChanged: (account: StaffAccount) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const name = nameOf(account);

  const run = (action: (subject: string) => Promise<StaffAccount>, done: string) => {
    setOutcome(null);
    setConfirming(false);
    action(account.subject).then(
      (changed) => {
        onChanged(changed);
        setOutcome({ ok: true, text: done });
      },
      (e: unknown) => setOutcome({ ok: false, text: messageOf(e) }),
    );
  };

  return (
    <li data-subject={account.subject}>
      <span class="name">{name}</span> <span>{account.email}</span>{' '}
      <span>({account.roles.map((role) => role.toLowerCase()).join(', ')})</span> <span>{statusOf(account)}</span>{' '}
      {account.enabled && !isMe && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('Deactivate {name}', { name })}
        </button>
      )}
      {confirming && (
        <span role="group" aria-label={t('Confirm deactivating {name}', { name })}>
          {t('Deactivate {name}? They cannot sign in until reactivated.', { name })}{' '}
          <button type="button" onClick={() => run(services.deactivate, t('{name} is deactivated.', { name }))}>
            {t('Yes, deactivate')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('Cancel')}
          </button>
        </span>
      )}
      {!account.enabled && (
        <button type="button" onClick={() => run(services.reactivate, t('{name} can sign in again.', { name }))}>
          {t('Reactivate {name}', { name })}
        </button>
      )}
      {account.enabled && (
        <button
          type="button"
          onClick={() => run(services.resetAccess, t('A link to set a new password went to {name}.', { name }))}
        >
          {t('Reset access for {name}', { name })}
        </button>
      )}
      {outcome && <span role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</span>}
    </li>
  );
}
