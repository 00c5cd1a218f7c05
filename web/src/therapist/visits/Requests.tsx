import { useState } from 'preact/hooks';
import { cancelVisit, confirmVisit, type Visit } from '../../api/visits.ts';
import { ReasonForm } from '../../scheduling/ReasonForm.tsx';
import { actionFailure, formatDateTime } from '../format.ts';
import { requested } from './visitRules.ts';
import { t } from '../../i18n/i18n.ts';

/** Visits patients asked for: confirm one, or decline it saying why (the patient reads it). */
export function Requests({ visits, onChanged }: { visits: Visit[]; onChanged: () => void }) {
  const list = requested(visits);
  return (
    <section class="panel" aria-labelledby="requests-heading">
      <h2 id="requests-heading">{t('Requests')}</h2>
      <p id="request-count">
        {list.length === 0
          ? t('No patient is asking for a visit.')
          : t('{count, plural, one {1 patient asks for a visit.} other {# requests wait for your answer.}}', {
              count: list.length,
            })}
      </p>
      {list.length > 0 && (
        <ul id="requested-visits" class="visit-list">
          {list.map((visit) => (
            <Request key={visit.id} visit={visit} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Request({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await confirmVisit(visit.id);
      onChanged();
    } catch (failure) {
      setError(actionFailure(failure, t('confirm the visit')));
      setBusy(false);
    }
  };
  return (
    <li data-visit-id={visit.id}>
      <p>
        <strong>{visit.patientName}</strong>{' '}
        {t('asks for {time}, {minutes} minutes:', {
          time: formatDateTime(visit.start),
          minutes: visit.durationMinutes,
        })}{' '}
        {visit.reason}
        {visit.moveReason ? ` ${t('(moved: {reason})', { reason: visit.moveReason })}` : ''}
      </p>
      {declining ? (
        <ReasonForm
          id={`decline-${visit.id}`}
          label={t('Why can you not see {name} then? (they read it)', { name: visit.patientName })}
          submitLabel={t('Decline the request')}
          action={t('decline the request')}
          onSubmit={async (reason) => {
            await cancelVisit(visit.id, reason);
            onChanged();
          }}
          onClose={() => setDeclining(false)}
        />
      ) : (
        <div class="actions">
          <button
            type="button"
            class="button"
            data-action="confirm"
            disabled={busy}
            aria-label={t('Confirm the visit with {name}', { name: visit.patientName })}
            onClick={confirm}
          >
            {t('Confirm')}
          </button>
          <button
            type="button"
            class="button secondary"
            data-action="decline"
            aria-label={t('Decline the request of {name}', { name: visit.patientName })}
            onClick={() => setDeclining(true)}
          >
            {t('Decline')}
          </button>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
