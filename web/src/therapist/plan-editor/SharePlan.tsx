import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { fetchCaseload } from '../../api/caseload.ts';
import { ApiError } from '../../api/http.ts';
import { copyPlan, saveTemplate, type Plan } from '../../api/plans.ts';
import { t } from '../../i18n/i18n.ts';
import { useLoad } from '../../loading/useLoad.ts';
import { actionFailure } from '../format.ts';

/**
 * Issue 19 item 7: start another patient's plan from this one, or keep it as a template of the
 * clinic's own. A copy is the other patient's draft (nothing reaches them until it is published);
 * a template keeps the exercises and dosages, never the notes written for this patient.
 */
export function SharePlan({ plan, patientId }: { plan: Plan; patientId: string }) {
  return (
    <section class="panel share-plan" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('Reuse this plan')}</h2>
      <CopyToPatient plan={plan} patientId={patientId} />
      <SaveAsTemplate plan={plan} />
    </section>
  );
}

function CopyToPatient({ plan, patientId }: { plan: Plan; patientId: string }) {
  const { route } = useLocation();
  const [caseload] = useLoad(fetchCaseload);
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const others = caseload.status === 'loaded' ? caseload.value.filter((p) => p.patientId !== patientId) : [];
  const copy = async (event: Event) => {
    event.preventDefault();
    if (!target || busy) return;
    setBusy(true);
    setError(null);
    try {
      await copyPlan(plan.id, target, plan.title);
      route(`/patients/${encodeURIComponent(target)}/plan`);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.status === 409
          ? t('That patient has a plan already: open it and edit it instead.')
          : actionFailure(failure, t('copy the plan')),
      );
      setBusy(false);
    }
  };
  return (
    <form id="copy-plan" class="inline-form" onSubmit={copy}>
      <label for="copy-plan-patient">{t('Copy to another patient (as their draft)')}</label>
      <select id="copy-plan-patient" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
        <option value="">{t('Choose a patient')}</option>
        {others.map((p) => (
          <option key={p.patientId} value={p.patientId}>
            {p.displayName}
          </option>
        ))}
      </select>
      <button type="submit" class="button secondary" disabled={busy || !target}>
        {busy ? t('Copying…') : t('Copy the plan')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function SaveAsTemplate({ plan }: { plan: Plan }) {
  const [name, setName] = useState(plan.title);
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const template = await saveTemplate(plan.id, name.trim(), summary);
      setMessage(
        t('Saved as the clinic template “{name}”: every therapist can start a plan from it.', { name: template.name }),
      );
    } catch (failure) {
      setError(actionFailure(failure, t('save the template')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form id="save-template" class="form-grid" onSubmit={save}>
      <p class="field">
        <label for="template-name">{t('Template name')}</label>
        <input
          id="template-name"
          type="text"
          required
          minLength={2}
          maxLength={120}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </p>
      <p class="field">
        <label for="template-summary">{t('When to use it (optional)')}</label>
        <input
          id="template-summary"
          type="text"
          maxLength={500}
          value={summary}
          onInput={(e) => setSummary(e.currentTarget.value)}
        />
      </p>
      <p class="muted wide">
        {t('A template keeps the exercises, sections and dosages; never the notes for this patient.')}
      </p>
      <button type="submit" class="button secondary" disabled={busy}>
        {busy ? t('Saving…') : t('Save as a clinic template')}
      </button>
      <p role="status" class="status">
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
