import { usePatient } from './usePatient.ts';
import { dateFormat, t } from '../i18n/i18n.ts';

const time = (iso: string) => dateFormat({ hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** What is saved on this phone but not yet on the server, and anything the server refused. */
export function WaitingList() {
  const patient = usePatient();
  const { waiting } = patient;
  if (waiting.length === 0) return null;
  const stillWaiting = waiting.filter((e) => e.state === 'waiting');
  return (
    <section class="card waiting" id="waiting" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">
        {stillWaiting.length > 0
          ? t('Waiting to be sent ({count})', { count: stillWaiting.length })
          : t('Could not be sent')}
      </h2>
      <p>{t('Saved on this phone. Nothing is lost: it is sent as soon as Motus can be reached.')}</p>
      <ul>
        {waiting.map((entry) => (
          <li key={entry.key} data-key={entry.key} data-state={entry.state}>
            <strong>{entry.label}</strong> <span>{t('(saved at {time})', { time: time(entry.queuedAt) })}</span>
            {entry.error && <p class={entry.state === 'failed' ? 'form-problem' : 'waiting__why'}>{entry.error}</p>}
            {entry.state === 'failed' && (
              <button type="button" class="button" onClick={() => void patient.dismiss(entry.key)}>
                {t('OK, remove it')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {stillWaiting.length > 0 && (
        <button type="button" class="button" data-action="send-now" onClick={() => void patient.retryNow()}>
          {t('Try to send now')}
        </button>
      )}
    </section>
  );
}
