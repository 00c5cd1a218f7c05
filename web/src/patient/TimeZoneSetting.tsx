import { useState } from 'preact/hooks';
import { browserZone, setTimeZone } from '../api/patients.ts';
import { ApiError } from '../api/http.ts';
import { usePatient } from './usePatient.ts';
import { t } from '../i18n/i18n.ts';

/** clinical-rules.md §18: the zone on the record (days and weeks are counted in it); the patient may change it. */
export function TimeZoneSetting() {
  const patient = usePatient();
  const [zone, setZone] = useState(patient.record.timeZone);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const device = browserZone();

  const save = async (event: Event) => {
    event.preventDefault();
    const chosen = zone.trim();
    if (!chosen || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const updated = await setTimeZone(patient.record.id, chosen);
      patient.updateRecord(updated);
      setMessage({
        text: t('Saved: your days are now counted in {zone}.', { zone: updated.timeZone }),
        problem: false,
      });
    } catch (error) {
      setMessage({
        text:
          error instanceof ApiError && error.status === 400
            ? t('Not saved: {reason}', { reason: error.problem.detail ?? t('Motus does not know this time zone.') })
            : t('Not saved: Motus could not be reached. Please try again.'),
        problem: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card time-zone" id="time-zone" aria-labelledby="time-zone-heading" onSubmit={save}>
      <h2 id="time-zone-heading">{t('Your time zone')}</h2>
      <p>
        {t('Your days and weeks are counted in')} <strong data-field="time-zone">{patient.record.timeZone}</strong>.
      </p>
      <p class="field">
        <label for="time-zone-input">{t('Time zone (for example Europe/Berlin)')}</label>
        <input
          id="time-zone-input"
          type="text"
          autocomplete="off"
          required
          value={zone}
          onInput={(e) => setZone(e.currentTarget.value)}
        />
      </p>
      {device && device !== zone && (
        <button type="button" class="button" onClick={() => setZone(device)}>
          {t("Use this phone's time zone ({zone})", { zone: device })}
        </button>
      )}
      <button type="submit" class="button button-primary" disabled={busy}>
        {t('Save time zone')}
      </button>
      <p role={message?.problem ? 'alert' : 'status'} class={message?.problem ? 'form-problem' : 'saved'}>
        {message?.text}
      </p>
    </form>
  );
}
