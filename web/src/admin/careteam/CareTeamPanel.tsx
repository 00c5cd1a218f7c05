import { useState } from 'preact/hooks';
import type { PatientSummary, TransferRequest } from '../../api/adminPatients.ts';
import type { StaffAccount } from '../../api/adminStaff.ts';
import { fieldProblem } from '../messages.ts';
import { t } from '../../i18n/i18n.ts';

/** What the care-team panel calls; tests pass their own. */
export interface CareTeamServices {
  assign: (patientId: string, therapistSubject: string) => Promise<unknown>;
  transfer: (patientId: string, transfer: TransferRequest) => Promise<unknown>;
}

type Problem = { field: string | null; text: string } | null;

/** Admin: put a therapist on a patient's care team, or hand the patient from one to another with a note. */
export function CareTeamPanel({
  patient,
  therapists,
  services,
  onChanged,
}: {
  patient: PatientSummary;
  therapists: StaffAccount[];
  services: CareTeamServices;
  onChanged: () => void;
}) {
  const nameOf = (subject: string) => {
    const account = therapists.find((t) => t.subject === subject);
    return account
      ? [account.firstName, account.lastName].filter(Boolean).join(' ') || account.email || subject
      : subject;
  };
  const others = therapists.filter((t) => !patient.careTeam.includes(t.subject));
  const [assignTo, setAssignTo] = useState('');
  const [from, setFrom] = useState(patient.careTeam[0] ?? '');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [assignProblem, setAssignProblem] = useState<Problem>(null);
  const [transferProblem, setTransferProblem] = useState<Problem>(null);
  const [done, setDone] = useState<string | null>(null);
  const heading = `care-team-${patient.id}`;

  const assign = (event: Event) => {
    event.preventDefault();
    setAssignProblem(null);
    setDone(null);
    services.assign(patient.id, assignTo).then(
      () => {
        setDone(`${nameOf(assignTo)} is on the care team.`);
        onChanged();
      },
      (e: unknown) => setAssignProblem(fieldProblem(e, ['therapistSubject'])),
    );
  };

  const transfer = (event: Event) => {
    event.preventDefault();
    setTransferProblem(null);
    setDone(null);
    services.transfer(patient.id, { fromTherapistSubject: from, toTherapistSubject: to, note }).then(
      () => {
        setDone(`${patient.displayName} moved from ${nameOf(from)} to ${nameOf(to)}.`);
        setNote('');
        onChanged();
      },
      (e: unknown) => setTransferProblem(fieldProblem(e, ['fromTherapistSubject', 'toTherapistSubject', 'note'])),
    );
  };

  const beside = (problem: Problem, field: string | null) =>
    problem && problem.field === field ? (
      <span class="field-problem" role="alert">
        {problem.text}
      </span>
    ) : null;

  return (
    <section aria-labelledby={heading} class="care-team">
      <h3 id={heading}>{t('Care team of {name}', { name: patient.displayName })}</h3>
      {patient.careTeam.length === 0 ? (
        <p>{t('No therapist yet.')}</p>
      ) : (
        <ul>
          {patient.careTeam.map((subject) => (
            <li key={subject}>{nameOf(subject)}</li>
          ))}
        </ul>
      )}
      <form onSubmit={assign} aria-label={t('Assign a therapist to {name}', { name: patient.displayName })}>
        <label>
          {t('Therapist to add')}
          <select required value={assignTo} onChange={(e) => setAssignTo((e.target as HTMLSelectElement).value)}>
            <option value="">{t('Choose…')}</option>
            {others.map((t) => (
              <option key={t.subject} value={t.subject}>
                {nameOf(t.subject)}
              </option>
            ))}
          </select>
        </label>
        {beside(assignProblem, 'therapistSubject')}
        <button type="submit">{t('Assign')}</button>
        {beside(assignProblem, null)}
      </form>
      {patient.careTeam.length > 0 && (
        <form onSubmit={transfer} aria-label={t('Transfer {name} to another therapist', { name: patient.displayName })}>
          <label>
            {t('From')}
            <select required value={from} onChange={(e) => setFrom((e.target as HTMLSelectElement).value)}>
              {patient.careTeam.map((subject) => (
                <option key={subject} value={subject}>
                  {nameOf(subject)}
                </option>
              ))}
            </select>
          </label>
          {beside(transferProblem, 'fromTherapistSubject')}
          <label>
            {t('To')}
            <select required value={to} onChange={(e) => setTo((e.target as HTMLSelectElement).value)}>
              <option value="">{t('Choose…')}</option>
              {others.map((t) => (
                <option key={t.subject} value={t.subject}>
                  {nameOf(t.subject)}
                </option>
              ))}
            </select>
          </label>
          {beside(transferProblem, 'toTherapistSubject')}
          <label>
            {t('Note for the new therapist')}
            <textarea
              required
              maxLength={1000}
              value={note}
              onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          {beside(transferProblem, 'note')}
          <button type="submit">{t('Transfer')}</button>
          {beside(transferProblem, null)}
        </form>
      )}
      {done && <p role="status">{done}</p>}
    </section>
  );
}
