import { useState } from 'preact/hooks';
import { acknowledgeFlag } from '../../api/caseload.ts';
import { fetchFlags, type Flag } from '../../api/patients.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { redFlagText } from '../../patient/redFlags.ts';
import { actionFailure, formatDateTime } from '../format.ts';
import { flagKindText, severityText } from './wording.ts';
import { t } from '../../i18n/i18n.ts';

/** Open flags (with Acknowledge) and the last five acknowledged, each with its severity (rule 17). */
export function Flags({ patientId }: { patientId: string }) {
  const [flags, retry] = useLoad((signal) => fetchFlags(patientId, 'ALL', signal));
  return (
    <section class="panel" aria-labelledby="flags-heading">
      <h2 id="flags-heading">{t('Flags')}</h2>
      {flags.status === 'loading' && <p class="loading">{t('Loading flags…')}</p>}
      {flags.status === 'failed' && <LoadFailure error={flags.error} what={t('the flags')} onRetry={retry} />}
      {flags.status === 'loaded' && <FlagList initial={flags.value} patientId={patientId} />}
    </section>
  );
}

function FlagList({ initial, patientId }: { initial: Flag[]; patientId: string }) {
  const [flags, setFlags] = useState(initial);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = flags.filter((f) => f.open);
  const recent = flags.filter((f) => !f.open).slice(0, 5);

  const acknowledge = async (flag: Flag) => {
    setBusy(flag.id);
    setError(null);
    try {
      const done = await acknowledgeFlag(patientId, flag.id);
      setFlags(flags.map((f) => (f.id === done.id ? done : f)));
      setMessage(`Flag acknowledged: ${flagKindText(flag.kind)}.`);
    } catch (failure) {
      setError(actionFailure(failure, 'acknowledge the flag'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div role="status" class="status">
        {message}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {open.length === 0 ? (
        <p>{t('No open flags.')}</p>
      ) : (
        <ul id="open-flags" class="flags">
          {open.map((flag) => (
            <li
              key={flag.id}
              data-flag-id={flag.id}
              data-severity={flag.severity}
              class={`flag open severity-${(flag.severity ?? 'none').toLowerCase()}`}
            >
              <p>
                <span class="severity" data-field="severity">
                  {severityText(flag.severity ?? null)}
                </span>{' '}
                <strong>{flagKindText(flag.kind)}</strong> ({formatDateTime(flag.raisedAt)}). {flag.detail}
              </p>
              <RedFlagAnswers flag={flag} />
              <button type="button" class="button small" disabled={busy !== null} onClick={() => acknowledge(flag)}>
                {t('Acknowledge')}
                <span class="visually-hidden">
                  {' '}
                  {t('the flag from {when}', { when: formatDateTime(flag.raisedAt) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {recent.length > 0 && (
        <>
          <h3>{t('Acknowledged recently')}</h3>
          <ul class="flags">
            {recent.map((flag) => (
              <li key={flag.id} data-flag-id={flag.id} data-severity={flag.severity} class="flag">
                {severityText(flag.severity ?? null)}: {flagKindText(flag.kind)} ({formatDateTime(flag.raisedAt)}),{' '}
                {t('acknowledged {when}', { when: flag.acknowledgedAt ? formatDateTime(flag.acknowledgedAt) : '' })}.{' '}
                {flag.detail}
                <RedFlagAnswers flag={flag} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The patient's yes answers of a RED_FLAG flag, in the words they were asked. */
function RedFlagAnswers({ flag }: { flag: Flag }) {
  if (!flag.redFlags || flag.redFlags.length === 0) return null;
  return (
    <ul class="red-flag-answers" data-field="red-flags">
      {flag.redFlags.map((code) => (
        <li key={code} data-red-flag={code}>
          {t('Yes: {answer}', { answer: redFlagText(code) })}
        </li>
      ))}
    </ul>
  );
}
