import { useState } from 'preact/hooks';
import { decideConsent, fetchConsentTexts, type ConsentKind, type Consents } from '../../api/consents.ts';
import { ApiError } from '../../api/http.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { usePatient } from '../usePatient.ts';
import { declineMeaning } from './steps.ts';
import { msg, t } from '../../i18n/i18n.ts';

const names = {
  TELEHEALTH: msg('Telehealth: care by video'),
  REMOTE_MONITORING: msg('Remote monitoring between visits'),
} satisfies Record<ConsentKind, string>;

/**
 * The two consent texts exactly as the server holds them; each answer names the text's version.
 * Declining is a real choice with its meaning stated; a text that changed meanwhile (409) is shown again.
 */
export function ConsentStep({
  consents,
  onDone,
  only,
}: {
  consents: Consents;
  onDone(consents: Consents): void;
  /** Ask these kinds again (a patient changing their mind), whether or not a decision is needed. */
  only?: ConsentKind[];
}) {
  const patient = usePatient();
  const [texts, retry] = useLoad((signal) => fetchConsentTexts(signal));
  const [answers, setAnswers] = useState<Partial<Record<ConsentKind, boolean>>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  if (texts.status === 'loading') return <p class="loading">{t('Loading…')}</p>;
  if (texts.status === 'failed')
    return <LoadFailure error={texts.error} what={t('the consent texts')} onRetry={retry} />;

  const pending = texts.value.filter((text) =>
    only ? only.includes(text.kind) : (consents.consents.find((c) => c.kind === text.kind)?.decisionNeeded ?? true),
  );
  const complete = pending.every((text) => answers[text.kind] !== undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!complete) {
      setProblem(t('Please answer each consent: accept or decline.'));
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      let latest = consents;
      for (const text of pending) {
        latest = await decideConsent(patient.record.id, {
          kind: text.kind,
          textVersion: text.version,
          accepted: answers[text.kind] === true,
        });
      }
      onDone(latest);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setProblem(t('A consent text changed while you were reading. Please read it again below.'));
        retry();
      } else {
        setProblem(
          error instanceof ApiError
            ? (error.problem.detail ?? error.problem.title)
            : t('Motus could not be reached. Please try again.'),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id="welcome-consents" onSubmit={submit} noValidate>
      {consents.history.length > 0 && !only && (
        <p>{t('The wording of a consent changed. Please read it and answer again.')}</p>
      )}
      {pending.map((text) => (
        <fieldset key={text.kind} class="consent" data-kind={text.kind} data-version={text.version}>
          <legend>{t(names[text.kind])}</legend>
          <div
            class="consent-text"
            id={`consent-text-${text.kind}`}
            tabIndex={0}
            aria-label={t('{name}, version {version}', { name: t(names[text.kind]), version: text.version })}
          >
            {text.text.split(/\n\s*\n/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          <p class="muted">{t('Version {version}', { version: text.version })}</p>
          <p class="muted">{t(declineMeaning[text.kind])}</p>
          <label class="check">
            <input
              type="radio"
              name={`consent-${text.kind}`}
              value="accept"
              checked={answers[text.kind] === true}
              aria-describedby={`consent-text-${text.kind}`}
              onChange={() => setAnswers({ ...answers, [text.kind]: true })}
            />{' '}
            {t('I accept')}
          </label>
          <label class="check">
            <input
              type="radio"
              name={`consent-${text.kind}`}
              value="decline"
              checked={answers[text.kind] === false}
              onChange={() => setAnswers({ ...answers, [text.kind]: false })}
            />{' '}
            {t('I decline')}
          </label>
        </fieldset>
      ))}
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="button button-primary" id="welcome-consents-done" disabled={busy}>
        {t('Save my answers and start')}
      </button>
    </form>
  );
}
