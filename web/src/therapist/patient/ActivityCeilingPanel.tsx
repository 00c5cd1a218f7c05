import { useState } from 'preact/hooks';
import { clearActivityCeiling, fetchPatient, setActivityCeiling, type ActivityCeiling } from '../../api/patients.ts';
import { actionFailure, formatDateTime } from '../format.ts';
import { ceilingReasonMaxLength, validateCeiling } from './ceilingForm.ts';
import { t } from '../../i18n/i18n.ts';

interface Props {
  patientId: string;
  initial: ActivityCeiling;
}

type Problem = { field: 'ceiling' | 'reason' | 'server'; message: string } | null;

/** clinical-rules.md §13: the patient's activity ceiling, set by the treating therapist with a reason. */
export function ActivityCeilingPanel({ patientId, initial }: Props) {
  const [ceiling, setCeiling] = useState(initial);
  const [form, setForm] = useState({ value: String(initial.painCeiling), reason: '' });
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const act = async (work: () => Promise<ActivityCeiling>, done: string, action: string) => {
    setBusy(true);
    setStatus('');
    try {
      const next = await work();
      setCeiling(next);
      setForm({ value: String(next.painCeiling), reason: '' });
      setStatus(done);
    } catch (failure) {
      setProblem({ field: 'server', message: actionFailure(failure, action) });
    } finally {
      setBusy(false);
    }
  };

  const save = (event: Event) => {
    event.preventDefault();
    const input = validateCeiling(form.value, form.reason);
    if (!input.ok) {
      setProblem({ field: input.field, message: input.message });
      return;
    }
    setProblem(null);
    void act(
      async () => (await setActivityCeiling(patientId, input.painCeiling, input.reason)).activityCeiling,
      `Ceiling set to ${input.painCeiling}/10.`,
      'set the ceiling',
    );
  };

  const reset = () => {
    setProblem(null);
    void act(
      async () =>
        (await clearActivityCeiling(patientId))?.activityCeiling ?? (await fetchPatient(patientId)).activityCeiling,
      'Back to the default ceiling.',
      'return to the default ceiling',
    );
  };

  const errorFor = (field: 'ceiling' | 'reason') => (problem?.field === field ? `ceiling-${field}-error` : undefined);

  return (
    <section class="panel" aria-labelledby="ceiling-heading" id="activity-ceiling">
      <h2 id="ceiling-heading">{t('Activity ceiling')}</h2>
      <p data-field="ceiling-in-force">
        {t('Pain during or right after exercise should stay at or below')} <strong>{ceiling.painCeiling}/10</strong>
        {ceiling.default
          ? ` ${t('(the default).')}`
          : `, ${t('set {when} by {who}', {
              when: ceiling.setAt ? formatDateTime(ceiling.setAt) : '—',
              who: ceiling.setBy ?? '—',
            })}: ${ceiling.reason ?? ''}`}
      </p>
      <p class="muted">{t('Resting daily pain is not judged against the ceiling.')}</p>
      <form id="ceiling-form" class="inline-form" onSubmit={save} noValidate>
        <p class="field">
          <label for="ceiling-value">{t('Ceiling (0-10)')}</label>
          <input
            id="ceiling-value"
            type="number"
            min={0}
            max={10}
            step={1}
            required
            value={form.value}
            aria-invalid={problem?.field === 'ceiling'}
            aria-describedby={errorFor('ceiling')}
            onInput={(e) => setForm({ ...form, value: e.currentTarget.value })}
          />
        </p>
        {problem?.field === 'ceiling' && (
          <p id="ceiling-ceiling-error" class="error">
            {problem.message}
          </p>
        )}
        <p class="field">
          <label for="ceiling-reason">{t('Reason (required)')}</label>
          <textarea
            id="ceiling-reason"
            required
            maxLength={ceilingReasonMaxLength}
            rows={2}
            value={form.reason}
            aria-invalid={problem?.field === 'reason'}
            aria-describedby={errorFor('reason')}
            onInput={(e) => setForm({ ...form, reason: e.currentTarget.value })}
          />
        </p>
        {problem?.field === 'reason' && (
          <p id="ceiling-reason-error" class="error">
            {problem.message}
          </p>
        )}
        <button id="save-ceiling" type="submit" class="button" disabled={busy}>
          {t('Set the ceiling')}
        </button>
        {!ceiling.default && (
          <button id="reset-ceiling" type="button" class="button secondary" disabled={busy} onClick={reset}>
            {t('Return to the default')}
          </button>
        )}
      </form>
      {problem?.field === 'server' && (
        <p class="error" role="alert">
          {problem.message}
        </p>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
