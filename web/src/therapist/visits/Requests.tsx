import { useState } from 'preact/hooks';
import { cancelVisit, confirmVisit, type Visit } from '../../api/visits.ts';
import { ReasonForm } from '../../scheduling/ReasonForm.tsx';
import { actionFailure, formatDateTime } from '../format.ts';
import { requested } from './visitRules.ts';

/** Visits patients asked for: confirm one, or decline it saying why (the patient reads it). */
export function Requests({ visits, onChanged }: { visits: Visit[]; onChanged: () => void }) {
  const list = requested(visits);
  return (
    <section class="panel" aria-labelledby="requests-heading">
      <h2 id="requests-heading">Requests</h2>
      <p id="request-count">
        {list.length === 0
          ? 'No patient is asking for a visit.'
          : list.length === 1
            ? '1 patient asks for a visit.'
            : `${list.length} requests wait for your answer.`}
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
      setError(actionFailure(failure, 'confirm the visit'));
      setBusy(false);
    }
  };
  return (
    <li data-visit-id={visit.id}>
      <p>
        <strong>{visit.patientName}</strong> asks for {formatDateTime(visit.start)}, {visit.durationMinutes} minutes:{' '}
        {visit.reason}
        {visit.moveReason ? ` (moved: ${visit.moveReason})` : ''}
      </p>
      {declining ? (
        <ReasonForm
          id={`decline-${visit.id}`}
          label={`Why can you not see ${visit.patientName} then? (they read it)`}
          submitLabel="Decline the request"
          action="decline the request"
          onSubmit={async (reason) => {
            await cancelVisit(visit.id, reason);
            onChanged();
          }}
          onClose={() => setDeclining(false)}
        />
      ) : (
        <div class="actions">
          <button type="button" class="button" data-action="confirm" disabled={busy} onClick={confirm}>
            Confirm<span class="visually-hidden"> the visit with {visit.patientName}</span>
          </button>
          <button type="button" class="button secondary" data-action="decline" onClick={() => setDeclining(true)}>
            Decline<span class="visually-hidden"> the request of {visit.patientName}</span>
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
