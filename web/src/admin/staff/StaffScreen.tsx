import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  deactivateStaff,
  fetchStaff,
  reactivateStaff,
  resetStaffAccess,
  type StaffAccount,
  type StaffPage,
  type StaffQuery,
} from '../../api/adminStaff.ts';
import { invite, type InvitationRequest } from '../../api/invitations.ts';
import type { Me } from '../../api/session.ts';
import { InviteForm } from '../InviteForm.tsx';
import { fieldProblem } from '../messages.ts';
import { StaffRow } from './StaffRow.tsx';
import { t } from '../../i18n/i18n.ts';

/** What the staff screen calls; tests pass their own. */
export interface StaffServices {
  list: (query: StaffQuery) => Promise<StaffPage>;
  deactivate: (subject: string) => Promise<StaffAccount>;
  reactivate: (subject: string) => Promise<StaffAccount>;
  resetAccess: (subject: string) => Promise<StaffAccount>;
  invite: (request: InvitationRequest) => Promise<unknown>;
}

const gateway: StaffServices = {
  list: (query) => fetchStaff(query),
  deactivate: deactivateStaff,
  reactivate: reactivateStaff,
  resetAccess: resetStaffAccess,
  invite,
};

interface Filter {
  query: string;
  role: NonNullable<StaffQuery['role']> | '';
  status: NonNullable<StaffQuery['status']> | '';
}

const noFilter: Filter = { query: '', role: '', status: '' };

/** Admin: therapists and admins: find, invite, deactivate or reactivate, reset access. */
export function StaffScreen({ me, services = gateway }: { me: Me; services?: StaffServices }) {
  const [filter, setFilter] = useState<Filter>(noFilter);
  const [searched, setSearched] = useState<Filter>(noFilter);
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<{ field: string | null; text: string } | null>(null);

  const load = useCallback(
    (wanted: Filter, cursor: string | null) => {
      setError(null);
      const query: StaffQuery = { query: wanted.query, cursor };
      if (wanted.role) query.role = wanted.role;
      if (wanted.status) query.status = wanted.status;
      services.list(query).then(
        (page) => {
          setAccounts((current) => (cursor === null ? page.items : [...(current ?? []), ...page.items]));
          setNext(page.next);
        },
        (e: unknown) => setError(fieldProblem(e, ['query', 'role', 'status'])),
      );
    },
    [services],
  );

  useEffect(() => load(noFilter, null), [load]);

  const search = (event: Event) => {
    event.preventDefault();
    setSearched(filter);
    load(filter, null);
  };

  const replace = (changed: StaffAccount) =>
    setAccounts((current) => (current ?? []).map((a) => (a.subject === changed.subject ? changed : a)));

  const beside = (field: string) => (error?.field === field ? <span class="field-problem">{error.text}</span> : null);

  return (
    <section aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t('Staff')}</h2>
      <form role="search" aria-label={t('Find staff')} onSubmit={search}>
        <label>
          {t('Name or email')}
          <input
            name="query"
            type="search"
            maxLength={100}
            value={filter.query}
            onInput={(e) => setFilter({ ...filter, query: (e.target as HTMLInputElement).value })}
          />
        </label>
        {beside('query')}
        <label>
          {t('Filter by role')}
          <select
            name="staffRole"
            value={filter.role}
            onChange={(e) => setFilter({ ...filter, role: (e.target as HTMLSelectElement).value as Filter['role'] })}
          >
            <option value="">{t('Any')}</option>
            <option value="THERAPIST">{t('Therapist')}</option>
            <option value="ADMIN">{t('Admin')}</option>
          </select>
        </label>
        {beside('role')}
        <label>
          {t('Filter by status')}
          <select
            name="staffStatus"
            value={filter.status}
            onChange={(e) =>
              setFilter({ ...filter, status: (e.target as HTMLSelectElement).value as Filter['status'] })
            }
          >
            <option value="">{t('Any')}</option>
            <option value="ACTIVE">{t('Active')}</option>
            <option value="INVITED">{t('Invited')}</option>
            <option value="DEACTIVATED">{t('Deactivated')}</option>
          </select>
        </label>
        {beside('status')}
        <button type="submit">{t('Search')}</button>
      </form>
      {error !== null && error.field === null && <p role="alert">{error.text}</p>}
      {accounts === null && error === null && <p class="loading">{t('Loading…')}</p>}
      {accounts !== null && accounts.length === 0 && <p>{t('No staff match.')}</p>}
      {accounts !== null && accounts.length > 0 && (
        <ul class="staff">
          {accounts.map((account) => (
            <StaffRow
              key={account.subject}
              account={account}
              isMe={account.subject === me.subject}
              services={services}
              onChanged={replace}
            />
          ))}
        </ul>
      )}
      {next !== null && (
        <button type="button" onClick={() => load(searched, next)}>
          {t('Show more staff')}
        </button>
      )}
      <InviteForm
        heading={t('Invite a therapist or admin')}
        roles={['THERAPIST', 'ADMIN']}
        onInvite={(request) => services.invite(request).then(() => load(searched, null))}
      />
    </section>
  );
}
