import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { browserZone, setTimeZone } from '../../api/patients.ts';
import { usePatient } from '../usePatient.ts';
import { t } from '../../i18n/i18n.ts';

/** clinical-rules.md §18: the zone days and weeks are counted in, proposed from the browser; the patient confirms or edits it. */
export function TimeZoneStep({ onNext }: { onNext(): void }) {
  const patient = usePatient();
  const [zone, setZone] = useState(browserZone() ?? patient.record.timeZone);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem('');
    try {
      patient.updateRecord(await setTimeZone(patient.record.id, zone.trim()));
      onNext();
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.status === 400
          ? (error.problem.detail ?? t('Motus does not know this time zone.'))
          : t('Motus could not be reached. Please try again.'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id="welcome-time-zone" onSubmit={save} noValidate>
      <p>{t('Motus counts your days and weeks in your own time zone. This is the one your device uses:')}</p>
      <p class="field">
        <label for="welcome-zone">{t('Time zone (for example Europe/Berlin)')}</label>
        <input
          id="welcome-zone"
          type="text"
          autocomplete="off"
          required
          value={zone}
          aria-invalid={problem !== ''}
          aria-describedby={problem ? 'welcome-zone-problem' : undefined}
          onInput={(e) => setZone(e.currentTarget.value)}
        />
      </p>
      {problem && (
        <p id="welcome-zone-problem" class="form-problem" role="alert">
          {t('Not saved: {reason}', { reason: problem })}
        </p>
      )}
      <button type="submit" class="button button-primary" id="welcome-zone-next" disabled={busy || zone.trim() === ''}>
        {t('Use this time zone')}
      </button>
    </form>
  );
}
