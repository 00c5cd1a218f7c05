import { useState } from 'preact/hooks';
import type { PatientSummary } from '../../api/adminPatients.ts';
import type { StaffAccount } from '../../api/adminStaff.ts';
import { CareTeamPanel, type CareTeamServices } from '../careteam/CareTeamPanel.tsx';
import { fieldProblem } from '../messages.ts';
import { t } from '../../i18n/i18n.ts';

/** What one patient's row changes. */
export interface PatientActions {
  rename: (patientId: string, displayName: string) => Promise<unknown>;
  discharge: (patientId: string, note: string) => Promise<unknown>;
  reactivate: (patientId: string) => Promise<unknown>;
}

type Open = 'rename' | 'discharge' | 'care-team' | null;

/** One patient: name, status, care team size, and the admin's actions, each opened in place. */
export function PatientRow({
  patient,
  therapists,
  services,
  onChanged,
}: {
  patient: PatientSummary;
  therapists: StaffAccount[];
  services: PatientActions & CareTeamServices;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [name, setName] = useState(patient.displayName);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);
  const discharged = patient.status === 'DISCHARGED';

  const submit = (work: () => Promise<unknown>, fields: string[]) => (event: Event) => {
    event.preventDefault();
    setProblem(null);
    work().then(
      () => {
        setOpen(null);
        onChanged();
      },
      (e: unknown) => setProblem(fieldProblem(e, fields)),
    );
  };
  const toggle = (which: Open) => () => {
    setProblem(null);
    setOpen(open === which ? null : which);
  };
  const beside = (field: string | null) =>
    problem && problem.field === field ? (
      <span class="field-problem" role="alert">
        {problem.text}
      </span>
    ) : null;

  return (
    <li data-patient-id={patient.id} data-status={patient.status}>
      <span class="name">{patient.displayName}</span> <span>{discharged ? t('Discharged') : t('In care')}</span>{' '}
      <span>{t('{count, plural, one {# therapist} other {# therapists}}', { count: patient.careTeam.length })}</span>{' '}
      {!discharged && (
        <button type="button" aria-expanded={open === 'rename'} onClick={toggle('rename')}>
          {t('Rename {name}', { name: patient.displayName })}
        </button>
      )}
      {!discharged && (
        <button type="button" aria-expanded={open === 'discharge'} onClick={toggle('discharge')}>
          {t('Discharge {name}', { name: patient.displayName })}
        </button>
      )}
      {discharged && (
        <button type="button" onClick={submit(() => services.reactivate(patient.id), [])}>
          {t('Reactivate {name}', { name: patient.displayName })}
        </button>
      )}
      {!discharged && (
        <button type="button" aria-expanded={open === 'care-team'} onClick={toggle('care-team')}>
          {t('Care team of {name}', { name: patient.displayName })}
        </button>
      )}
      {open === null && beside(null)}
      {open === 'rename' && (
        <form onSubmit={submit(() => services.rename(patient.id, name.trim()), ['displayName'])}>
          <label>
            {t('New name')}
            <input
              name="displayName"
              required
              maxLength={200}
              value={name}
              onInput={(e) => setName((e.target as HTMLInputElement).value)}
            />
          </label>
          {beside('displayName')}
          <button type="submit">{t('Save name')}</button>
          {beside(null)}
        </form>
      )}
      {open === 'discharge' && (
        <form onSubmit={submit(() => services.discharge(patient.id, note.trim()), ['note'])}>
          <p>{t('The record becomes read-only and leaves every caseload until reactivated.')}</p>
          <label>
            {t('Discharge note (optional)')}
            <textarea
              name="note"
              maxLength={2000}
              value={note}
              onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          {beside('note')}
          <button type="submit">{t('Confirm discharge')}</button>
          {beside(null)}
        </form>
      )}
      {open === 'care-team' && (
        <CareTeamPanel patient={patient} therapists={therapists} services={services} onChanged={onChanged} />
      )}
    </li>
  );
}
