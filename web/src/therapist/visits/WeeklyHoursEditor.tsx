import { useReducer, useState } from 'preact/hooks';
import { fetchWeeklyHours, saveWeeklyHours, type HoursWindow, type WeeklyHoursView } from '../../api/visits.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { actionFailure, formatDateTime } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

type Day = HoursWindow['day'];
const days: Day[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const dayWords = (day: Day) => day.charAt(0) + day.slice(1).toLowerCase();

/** The browser's IANA time zone: the hours are kept in it, so 09:00 stays 09:00 across clock changes. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

type Action =
  | { type: 'add' }
  | { type: 'remove'; index: number }
  | { type: 'change'; index: number; field: keyof HoursWindow; value: string };

export function windowsReducer(windows: HoursWindow[], action: Action): HoursWindow[] {
  switch (action.type) {
    case 'add': {
      const last = windows[windows.length - 1];
      const next = last ? days[(days.indexOf(last.day) + 1) % 7]! : 'MONDAY';
      return [...windows, { day: next, from: last?.from ?? '09:00', to: last?.to ?? '12:00' }];
    }
    case 'remove':
      return windows.filter((_, i) => i !== action.index);
    case 'change':
      return windows.map((w, i) => (i === action.index ? { ...w, [action.field]: action.value } : w));
  }
}

/** "Your hours for video visits": the weekly windows patients may ask for a visit in. */
export function WeeklyHoursEditor() {
  const [hours, retry] = useLoad(fetchWeeklyHours);
  return (
    <section class="panel" aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t('Your hours for video visits')}</h2>
      {hours.status === 'loading' && <p class="loading">{t('Loading your hours…')}</p>}
      {hours.status === 'failed' && <LoadFailure error={hours.error} what={t('your hours')} onRetry={retry} />}
      {hours.status === 'loaded' && <HoursForm initial={hours.value} />}
    </section>
  );
}

function HoursForm({ initial }: { initial: WeeklyHoursView }) {
  const [windows, dispatch] = useReducer(windowsReducer, initial.windows);
  const [saved, setSaved] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const zone = browserTimeZone();
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const result = await saveWeeklyHours({ timeZone: zone, windows });
      setSaved(result);
      setMessage(result.windows.length === 0 ? t('Saved: patients cannot ask for visits.') : t('Hours saved.'));
    } catch (failure) {
      setError(actionFailure(failure, t('save your hours')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form id="weekly-hours" onSubmit={save}>
      <p class="muted">
        {t(
          'Patients on your caseload may ask for a {length}-minute visit in these hours, with {buffer} minutes kept free around each visit; you confirm each request. Times are in {zone}.',
          { length: saved.visitLengthMinutes, buffer: saved.bufferMinutes, zone },
        )}
        {saved.updatedAt ? ` ${t('Last saved {when}.', { when: formatDateTime(saved.updatedAt) })}` : ''}
      </p>
      {windows.length === 0 && <p>{t('No hours yet: patients cannot ask for visits.')}</p>}
      <ul class="hours-list">
        {windows.map((window, index) => (
          <li key={index} class="hours-row">
            <label>
              <span class="visually-hidden">{t('Day of hours {number}', { number: index + 1 })}</span>
              <select
                value={window.day}
                onChange={(e) => dispatch({ type: 'change', index, field: 'day', value: e.currentTarget.value })}
              >
                {days.map((day) => (
                  <option key={day} value={day}>
                    {dayWords(day)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('from')}{' '}
              <input
                type="time"
                required
                value={window.from}
                onInput={(e) => dispatch({ type: 'change', index, field: 'from', value: e.currentTarget.value })}
              />
            </label>
            <label>
              {t('to')}{' '}
              <input
                type="time"
                required
                value={window.to}
                onInput={(e) => dispatch({ type: 'change', index, field: 'to', value: e.currentTarget.value })}
              />
            </label>
            <button type="button" class="button small secondary" onClick={() => dispatch({ type: 'remove', index })}>
              {t('Remove')}
              <span class="visually-hidden"> {t('hours {number}', { number: index + 1 })}</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="actions">
        <button type="button" class="button secondary" id="add-hours" onClick={() => dispatch({ type: 'add' })}>
          {t('Add hours')}
        </button>{' '}
        <button type="submit" class="button" id="save-hours" disabled={busy}>
          {t('Save the hours')}
        </button>
      </p>
      <div role="status" class="status">
        {message}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
