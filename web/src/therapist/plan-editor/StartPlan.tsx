import { useState } from 'preact/hooks';
import { createPlan, removeTemplate, type Protocol } from '../../api/plans.ts';
import { actionFailure } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

/** No plan yet: a title and "Start from" a protocol or blank. */
export function StartPlan({
  patientId,
  protocols,
  onCreated,
}: {
  patientId: string;
  protocols: Protocol[];
  onCreated: () => void;
}) {
  const [title, setTitle] = useState(() => t('Home programme'));
  const [choice, setChoice] = useState<string>(protocols[0]?.id ?? 'blank');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await createPlan(patientId, title.trim() || t('Home programme'), choice === 'blank' ? undefined : choice);
      onCreated();
    } catch (failure) {
      setError(actionFailure(failure, t('create the plan')));
      setBusy(false);
    }
  };

  /** Issue 19 item 7: a clinic template goes for every therapist; plans started from it keep their items. */
  const remove = async (template: Protocol) => {
    setBusy(true);
    setError(null);
    try {
      await removeTemplate(template.id);
      if (choice === template.id) setChoice('blank');
      onCreated();
    } catch (failure) {
      setError(actionFailure(failure, t('remove the template')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id="plan-start" class="panel" onSubmit={submit}>
      <h2>{t('Start a plan')}</h2>
      <p>{t('This patient has no plan yet. Start from a condition protocol and adjust it, or start blank.')}</p>
      <p class="field">
        <label for="plan-title">{t('Title the patient sees')}</label>
        <input
          id="plan-title"
          type="text"
          maxLength={120}
          required
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </p>
      <fieldset>
        <legend>{t('Start from')}</legend>
        {protocols.map((protocol) => (
          <p class="choice" key={protocol.id}>
            <input
              type="radio"
              name="start"
              id={`start-${protocol.id}`}
              value={protocol.id}
              checked={choice === protocol.id}
              onChange={() => setChoice(protocol.id)}
            />
            <label for={`start-${protocol.id}`}>
              <strong>{protocol.name}</strong> (
              {t('{count, plural, one {# item} other {# items}}', { count: protocol.items.length })}).{' '}
              {protocol.summary}
              {protocol.clinicTemplate && (
                <span class="muted"> {t('Clinic template by {name}.', { name: protocol.madeBy ?? '—' })}</span>
              )}
            </label>
            {protocol.clinicTemplate && (
              <button
                type="button"
                class="button small secondary"
                aria-label={t('Remove the clinic template {name}', { name: protocol.name })}
                disabled={busy}
                onClick={() => void remove(protocol)}
              >
                {t('Remove')}
              </button>
            )}
          </p>
        ))}
        <p class="choice">
          <input
            type="radio"
            name="start"
            id="start-blank"
            value="blank"
            checked={choice === 'blank'}
            onChange={() => setChoice('blank')}
          />
          <label for="start-blank">
            <strong>{t('Blank plan')}</strong>: {t('add exercises from the library yourself.')}
          </label>
        </p>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button id="create-plan" type="submit" class="button" disabled={busy}>
        {busy ? t('Creating…') : t('Create plan')}
      </button>
    </form>
  );
}
