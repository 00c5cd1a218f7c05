import { fetchSessions, type ExerciseSession } from '../../api/patients.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { formatDateTime } from '../format.ts';
import { newestFirst } from './newestFirst.ts';
import { heartRateText, sessionOutcomeText } from './wording.ts';
import { t } from '../../i18n/i18n.ts';

/** The last 30 days (the service's default range), newest first. */
export function Sessions({ patientId }: { patientId: string }) {
  const [sessions, retry] = useLoad((signal) => fetchSessions(patientId, {}, signal));
  return (
    <section class="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('Sessions in the last 30 days')}</h2>
      {sessions.status === 'loading' && <p class="loading">{t('Loading sessions…')}</p>}
      {sessions.status === 'failed' && <LoadFailure error={sessions.error} what={t('the sessions')} onRetry={retry} />}
      {sessions.status === 'loaded' && sessions.value.length === 0 && <p>{t('No sessions logged.')}</p>}
      {sessions.status === 'loaded' && sessions.value.length > 0 && (
        <div class="table-scroll">
          <table id="sessions-table">
            <caption class="visually-hidden">{t('Sessions, newest first')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Started')}</th>
                <th scope="col">{t('Pain before / peak / after / 2 h')}</th>
                <th scope="col">{t('Ceiling used')}</th>
                <th scope="col">{t('Outcome')}</th>
                <th scope="col">{t('Heart rate')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst(sessions.value, (s) => s.startedAt).map((s) => (
                <SessionRow key={s.id} session={s} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: ExerciseSession }) {
  const pain = (n: number | null) => (n === null ? '–' : String(n));
  return (
    <tr>
      <td>{formatDateTime(session.startedAt)}</td>
      <td>
        {pain(session.painBefore)} / {pain(session.painDuringPeak)} / {pain(session.painAfter)} /{' '}
        {pain(session.painFollowUp)}
      </td>
      <td data-field="ceiling-used">{session.ceilingUsed !== null ? `${session.ceilingUsed}/10` : '–'}</td>
      <td>{sessionOutcomeText(session)}</td>
      <td data-field="heart-rate">{heartRateText(session.heartRate)}</td>
    </tr>
  );
}
