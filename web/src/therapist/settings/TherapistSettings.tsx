import { useReducer } from 'preact/hooks';
import { fetchAlertPreference, saveAlertPreference, type AlertPreference } from '../../api/alertPreferences.ts';
import { ApiError } from '../../api/http.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { failureMessage } from '../../loading/failureMessage.ts';
import { useLoad } from '../../loading/useLoad.ts';
import { NotifyMe } from '../../notifications/NotifyMe.tsx';
import { changed, hourLabel, initialForm, settingsReducer, zoneChoices } from './settingsForm.ts';
import { t } from '../../i18n/i18n.ts';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The therapist's own settings: when the daily alert digest arrives, and push on this device. */
export function TherapistSettings() {
  const [preference, retry] = useLoad<AlertPreference>((signal) => fetchAlertPreference(signal));
  return (
    <section class="therapist-settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('Settings')}</h1>
      {preference.status === 'loading' && <p role="status">{t('Loading your settings…')}</p>}
      {preference.status === 'failed' && (
        <LoadFailure error={preference.error} what={t('your settings')} onRetry={retry} />
      )}
      {preference.status === 'loaded' && <DigestForm stored={preference.value} />}
      <h2>{t('This device')}</h2>
      <NotifyMe purpose={t('urgent alerts and new messages')} />
    </section>
  );
}

function DigestForm({ stored }: { stored: AlertPreference }) {
  const [form, dispatch] = useReducer(settingsReducer, stored, initialForm);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = zoneChoices(form.stored.timeZone, browserZone, supportedZones());

  async function save(event: Event) {
    event.preventDefault();
    dispatch({ type: 'saving' });
    try {
      const saved = await saveAlertPreference({ digestHour: form.digestHour, timeZone: form.timeZone });
      dispatch({ type: 'saved', stored: saved, at: Date.now() });
    } catch (error) {
      const message =
        error instanceof ApiError && error.status === 400
          ? (error.problem.detail ?? error.problem.title)
          : failureMessage(error, t('your settings'));
      dispatch({ type: 'failed', message });
    }
  }

  return (
    <form id="digest-form" onSubmit={(event) => void save(event)}>
      <h2>{t('Daily alert digest')}</h2>
      <p>
        {t(
          'HIGH and ROUTINE flags of your patients arrive once a day, in one email and in Motus. URGENT flags (red flags) reach you at once, whatever you choose here.',
        )}
      </p>
      <label for="digest-hour">{t('Send my digest at')}</label>
      <select
        id="digest-hour"
        value={String(form.digestHour)}
        onChange={(event) => dispatch({ type: 'hour', hour: Number(event.currentTarget.value) })}
      >
        {HOURS.map((hour) => (
          <option key={hour} value={String(hour)}>
            {hourLabel(hour)}
          </option>
        ))}
      </select>
      <label for="digest-zone">{t('in the time zone')}</label>
      <select
        id="digest-zone"
        value={form.timeZone}
        onChange={(event) => dispatch({ type: 'zone', zone: event.currentTarget.value })}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
            {zone === browserZone ? ` ${t('(this device)')}` : ''}
          </option>
        ))}
      </select>
      <button type="submit" class="button" disabled={form.saving || !changed(form)}>
        {form.saving ? t('Saving…') : t('Save')}
      </button>
      {form.error && (
        <p role="alert" class="field-problem" id="digest-error">
          {form.error}
        </p>
      )}
      {form.savedAt !== null && (
        <p role="status" id="digest-saved">
          {t('Saved: your digest arrives at {hour} {zone}.', {
            hour: hourLabel(form.stored.digestHour),
            zone: form.stored.timeZone,
          })}
        </p>
      )}
    </form>
  );
}

/** The browser's IANA zones where it can list them (older browsers: only the stored and current ones). */
function supportedZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
}
