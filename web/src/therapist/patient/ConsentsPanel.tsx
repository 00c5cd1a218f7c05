import { fetchConsents, type Consents } from '../../api/consents.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { formatDateTime } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

type Status = Consents['consents'][number];

const names: Record<Status['kind'], string> = {
  TELEHEALTH: 'Telehealth (video visits)',
  REMOTE_MONITORING: 'Remote monitoring (RTM)',
};

/** Where the patient's consent stands, for the treating therapist: with its version and time, as billing needs it. */
export function consentWords(status: Status): string {
  if (status.decision === null) return 'Not asked yet';
  const when = status.decidedAt ? ` on ${formatDateTime(status.decidedAt)}` : '';
  const version = ` (text version ${status.decidedVersion ?? '?'})`;
  const words = { ACCEPTED: 'Accepted', DECLINED: 'Declined', WITHDRAWN: 'Withdrawn' }[status.decision];
  const stale = status.decisionNeeded
    ? `; the text changed since (now ${status.currentVersion}), not asked again yet`
    : '';
  return `${words}${when}${version}${stale}`;
}

export function ConsentsPanel({ patientId }: { patientId: string }) {
  const [consents, retry] = useLoad((signal) => fetchConsents(patientId, signal));
  return (
    <section class="panel" aria-labelledby="consents-heading" id="consents">
      <h2 id="consents-heading">{t('Consent')}</h2>
      {consents.status === 'loading' && <p class="loading">{t('Loading consent…')}</p>}
      {consents.status === 'failed' && <LoadFailure error={consents.error} what={t('the consent')} onRetry={retry} />}
      {consents.status === 'loaded' && (
        <dl class="facts">
          {consents.value.consents.map((status) => (
            <div key={status.kind} data-consent={status.kind} data-granted={String(status.granted)}>
              <dt>{names[status.kind]}</dt>
              <dd>{consentWords(status)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
