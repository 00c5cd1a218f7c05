import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { dischargePatient, dischargeSummaryUrl, type Discharge, type DischargedRecord } from '../../api/discharge.ts';
import { formatDate, violationsOf } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

/** The server's note limit (patient-service DischargeRequest). */
export const dischargeNoteMaxLength = 2000;

interface Problems {
  note: string | null;
  form: string | null;
}

const noProblems: Problems = { note: null, form: null };

/** A violation of the note beside the note; anything else (403, 409, the server down) for the whole form. */
export function dischargeProblemsOf(error: unknown): Problems {
  if (!(error instanceof ApiError)) {
    return { note: null, form: t('Not discharged: Motus is not answering. Check the connection and try again.') };
  }
  const note = violationsOf(error.problem.extensions).find((v) => v.field.split('.').pop() === 'note');
  if (note) return { note: note.message, form: null };
  return { note: null, form: t('Not discharged: {reason}', { reason: error.problem.detail ?? error.problem.title }) };
}

interface Props {
  patientId: string;
  /** The record's discharge: null while the patient is in care. */
  discharge: Discharge | null;
  /** Called with the discharged record (the page reloads it). */
  onDischarged: (record: DischargedRecord) => void;
  /** The gateway unless a test says otherwise. */
  send?: typeof dischargePatient;
}

/** The patient page's discharge: with an optional note, after a second click; once done, when and by whom. */
export function DischargePanel({ patientId, discharge, onDischarged, send = dischargePatient }: Props) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problems>(noProblems);
  const [busy, setBusy] = useState(false);

  if (discharge) {
    return (
      <section class="panel" aria-labelledby="discharge-heading" id="discharge">
        <h2 id="discharge-heading">{t('Discharged')}</h2>
        <p data-field="discharged">
          {t('Discharged on {date}. The record is read-only.', { date: formatDate(discharge.dischargedAt) })}
          {discharge.note ? ` ${t('Note: {note}', { note: discharge.note })}` : ''}
        </p>
        <p>
          <a id="discharge-summary-link" href={dischargeSummaryUrl(patientId)} download>
            {t('Discharge summary (PDF)')}
          </a>
        </p>
      </section>
    );
  }

  const submit = (event: Event) => {
    event.preventDefault();
    setProblems(noProblems);
    setBusy(true);
    const trimmed = note.trim();
    send(patientId, { note: trimmed === '' ? null : trimmed }).then(
      (record) => {
        setBusy(false);
        onDischarged(record);
      },
      (error: unknown) => {
        setBusy(false);
        setProblems(dischargeProblemsOf(error));
      },
    );
  };

  return (
    <section class="panel" aria-labelledby="discharge-heading" id="discharge">
      <h2 id="discharge-heading">{t('Discharge')}</h2>
      <p>
        <a id="discharge-summary-link" href={dischargeSummaryUrl(patientId)} download>
          {t('Summary of care so far (PDF)')}
        </a>
        {t(': goals, plan history, pain and function against the baseline, adherence and flags.')}
      </p>
      {!open ? (
        <button type="button" id="discharge-open" class="button danger" onClick={() => setOpen(true)}>
          {t('Discharge this patient…')}
        </button>
      ) : (
        <form onSubmit={submit}>
          <p>{t('The record becomes read-only and the patient leaves your caseload. An admin can reactivate it.')}</p>
          <p>
            {t('Ask for the discharge measures first, under')}{' '}
            <a href="#prom-assignments">{t('What the patient is asked')}</a>
            {t(': once discharged, the patient can no longer answer them.')}
          </p>
          <label for="discharge-note">{t('Note (optional, why the patient leaves care)')}</label>
          <textarea
            id="discharge-note"
            name="note"
            maxLength={dischargeNoteMaxLength}
            value={note}
            aria-invalid={problems.note ? 'true' : undefined}
            aria-describedby={problems.note ? 'discharge-note-problem' : undefined}
            onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
          />
          {problems.note && (
            <p id="discharge-note-problem" class="error">
              {problems.note}
            </p>
          )}
          <button type="submit" id="discharge-confirm" class="button danger" disabled={busy}>
            {busy ? t('Discharging…') : t('Discharge')}
          </button>
          <button type="button" class="button secondary" onClick={() => setOpen(false)}>
            {t('Cancel')}
          </button>
          {problems.form && <p role="alert">{problems.form}</p>}
        </form>
      )}
    </section>
  );
}
