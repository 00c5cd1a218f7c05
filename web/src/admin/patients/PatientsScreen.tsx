import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  assignTherapist,
  dischargeByAdmin,
  fetchPatientDirectory,
  reactivatePatient,
  renamePatient,
  transferCare,
  type PatientQuery,
  type PatientStatus,
  type PatientSummary,
  type PatientSummaryPage,
} from '../../api/adminPatients.ts';
import { fetchStaff, type StaffAccount } from '../../api/adminStaff.ts';
import { invite, type InvitationRequest } from '../../api/invitations.ts';
import type { CareTeamServices } from '../careteam/CareTeamPanel.tsx';
import { InviteForm } from '../InviteForm.tsx';
import { fieldProblem } from '../messages.ts';
import { PatientRow, type PatientActions } from './PatientRow.tsx';
import { t } from '../../i18n/i18n.ts';

/** What the patients screen calls; tests pass their own. */
export interface PatientServices extends PatientActions, CareTeamServices {
  list: (query: PatientQuery) => Promise<PatientSummaryPage>;
  therapists: () => Promise<StaffAccount[]>;
  invite: (request: InvitationRequest) => Promise<unknown>;
}

const gateway: PatientServices = {
  list: (query) => fetchPatientDirectory(query),
  therapists: () => fetchStaff({ role: 'THERAPIST', limit: 100 }).then((page) => page.items),
  invite,
  rename: renamePatient,
  discharge: dischargeByAdmin,
  reactivate: reactivatePatient,
  assign: assignTherapist,
  transfer: transferCare,
};

interface Filter {
  query: string;
  status: PatientStatus | '';
}

/** Admin: find patients (no clinical data), invite one, rename, discharge, reactivate, manage care teams. */
export function PatientsScreen({ services = gateway }: { services?: PatientServices }) {
  const [filter, setFilter] = useState<Filter>({ query: '', status: '' });
  const [searched, setSearched] = useState<Filter>({ query: '', status: '' });
  const [patients, setPatients] = useState<PatientSummary[] | null>(null);
  const [therapists, setTherapists] = useState<StaffAccount[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<{ field: string | null; text: string } | null>(null);

  const load = useCallback(
    (wanted: Filter, cursor: string | null) => {
      setError(null);
      const query: PatientQuery = { query: wanted.query, cursor };
      if (wanted.status) query.status = wanted.status;
      services.list(query).then(
        (page) => {
          setPatients((current) => (cursor === null ? page.items : [...(current ?? []), ...page.items]));
          setNext(page.next);
        },
        (e: unknown) => setError(fieldProblem(e, ['query', 'status'])),
      );
    },
    [services],
  );

  useEffect(() => {
    load({ query: '', status: '' }, null);
    services.therapists().then(setTherapists, () => setTherapists([]));
  }, [load, services]);

  const search = (event: Event) => {
    event.preventDefault();
    setSearched(filter);
    load(filter, null);
  };

  return (
    <section aria-labelledby="patients-heading">
      <h2 id="patients-heading">{t('Patients')}</h2>
      <form role="search" aria-label={t('Find patients')} onSubmit={search}>
        <label>
          {t('Name')}
          <input
            name="patientQuery"
            type="search"
            maxLength={100}
            value={filter.query}
            onInput={(e) => setFilter({ ...filter, query: (e.target as HTMLInputElement).value })}
          />
        </label>
        {error?.field === 'query' && <span class="field-problem">{error.text}</span>}
        <label>
          {t('Status')}
          <select
            name="patientStatus"
            value={filter.status}
            onChange={(e) =>
              setFilter({ ...filter, status: (e.target as HTMLSelectElement).value as Filter['status'] })
            }
          >
            <option value="">{t('Any')}</option>
            <option value="IN_CARE">{t('In care')}</option>
            <option value="DISCHARGED">{t('Discharged')}</option>
          </select>
        </label>
        {error?.field === 'status' && <span class="field-problem">{error.text}</span>}
        <button type="submit">{t('Search')}</button>
      </form>
      {error !== null && error.field === null && <p role="alert">{error.text}</p>}
      {patients === null && error === null && <p class="loading">{t('Loading…')}</p>}
      {patients !== null && patients.length === 0 && <p>{t('No patients match.')}</p>}
      {patients !== null && patients.length > 0 && (
        <ul class="patients">
          {patients.map((patient) => (
            <PatientRow
              key={patient.id}
              patient={patient}
              therapists={therapists}
              services={services}
              onChanged={() => load(searched, null)}
            />
          ))}
        </ul>
      )}
      {next !== null && (
        <button type="button" onClick={() => load(searched, next)}>
          {t('Show more patients')}
        </button>
      )}
      <InviteForm
        heading={t('Invite a patient')}
        roles={['PATIENT']}
        onInvite={(request) => services.invite(request).then(() => load(searched, null))}
      />
    </section>
  );
}
