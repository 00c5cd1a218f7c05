import { useState } from 'preact/hooks';
import {
  fetchContactPreferences,
  saveContactPreferences,
  type Channels,
  type ContactPreferencesChoice,
} from '../../api/consents.ts';
import { ApiError } from '../../api/http.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { NotifyMe } from '../../notifications/NotifyMe.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { usePatient } from '../usePatient.ts';
import { choiceOf } from './steps.ts';
import { msg, t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/catalog.ts';

type Kind = 'followUpReminders' | 'programmeDayReminders' | 'visitReminders' | 'messageNotices';

const kinds: { key: Kind; label: MessageId }[] = [
  { key: 'followUpReminders', label: msg('Reminders to tell us your pain two hours after a session') },
  { key: 'programmeDayReminders', label: msg('A reminder on programme days') },
  { key: 'visitReminders', label: msg('Reminders before a video visit') },
  { key: 'messageNotices', label: msg('A notice when your care team sends you a message') },
];

const channels: { key: keyof Channels; label: MessageId }[] = [
  { key: 'inApp', label: msg('In Motus') },
  { key: 'email', label: msg('Email') },
  { key: 'webPush', label: msg('Notification on this device') },
];

/** Which channels remind the patient of what, at which local time, and quiet hours. */
export function PreferencesStep({ onNext, submitLabel }: { onNext(): void; submitLabel?: string }) {
  const patient = usePatient();
  const [stored, retry] = useLoad((signal) => fetchContactPreferences(patient.record.id, signal));
  if (stored.status === 'loading') return <p class="loading">{t('Loading…')}</p>;
  if (stored.status === 'failed')
    return <LoadFailure error={stored.error} what={t('your preferences')} onRetry={retry} />;
  return (
    <PreferencesForm
      patientId={patient.record.id}
      initial={choiceOf(stored.value)}
      onNext={onNext}
      submitLabel={submitLabel ?? t('Save and continue')}
    />
  );
}

function PreferencesForm(props: {
  patientId: string;
  initial: ContactPreferencesChoice;
  onNext(): void;
  submitLabel: string;
}) {
  const [choice, setChoice] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const quiet = choice.quietHours ?? null;
  const toggle = (kind: Kind, channel: keyof Channels, on: boolean) =>
    setChoice({ ...choice, [kind]: { ...choice[kind], [channel]: on } });

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblems([]);
    try {
      await saveContactPreferences(props.patientId, choice);
      props.onNext();
    } catch (error) {
      if (error instanceof ApiError) {
        const violations = fieldProblems(error.problem.extensions);
        setProblems(violations.length > 0 ? violations : [error.problem.detail ?? error.problem.title]);
      } else {
        setProblems([t('Motus could not be reached. Please try again.')]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id="welcome-preferences" onSubmit={save}>
      <p>{t('Choose how Motus may remind you. You can change this later in Settings.')}</p>
      {kinds.map((kind) => (
        <fieldset key={kind.key} class="channel-choice" data-kind={kind.key}>
          <legend>{t(kind.label)}</legend>
          {channels.map((channel) => (
            <label key={channel.key} class="check">
              <input
                type="checkbox"
                name={`${kind.key}-${channel.key}`}
                checked={choice[kind.key][channel.key]}
                onChange={(e) => toggle(kind.key, channel.key, e.currentTarget.checked)}
              />{' '}
              {t(channel.label)}
            </label>
          ))}
          {kind.key === 'programmeDayReminders' && (
            <p class="field">
              <label for="programme-day-time">{t('At (your local time)')}</label>
              <input
                id="programme-day-time"
                type="time"
                required
                value={choice.programmeDayReminderTime}
                onInput={(e) => setChoice({ ...choice, programmeDayReminderTime: e.currentTarget.value })}
              />
            </p>
          )}
        </fieldset>
      ))}
      <NotifyMe purpose={t('the reminders and notices you chose to get as a notification on this device')} />
      <fieldset class="channel-choice">
        <legend>{t('Quiet hours')}</legend>
        <label class="check">
          <input
            type="checkbox"
            id="quiet-hours-on"
            checked={quiet !== null}
            onChange={(e) =>
              setChoice({ ...choice, quietHours: e.currentTarget.checked ? { start: '22:00', end: '07:00' } : null })
            }
          />{' '}
          {t('No reminders at night (they wait until the end)')}
        </label>
        {quiet !== null && (
          <p class="field time-range">
            <label for="quiet-start">{t('From')}</label>
            <input
              id="quiet-start"
              type="time"
              required
              value={quiet.start}
              onInput={(e) => setChoice({ ...choice, quietHours: { ...quiet, start: e.currentTarget.value } })}
            />
            <label for="quiet-end">{t('until')}</label>
            <input
              id="quiet-end"
              type="time"
              required
              value={quiet.end}
              onInput={(e) => setChoice({ ...choice, quietHours: { ...quiet, end: e.currentTarget.value } })}
            />
          </p>
        )}
      </fieldset>
      {problems.length > 0 && (
        <div class="form-problem" role="alert">
          <p>{t('Not saved:')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" class="button button-primary" id="welcome-preferences-next" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}

/** "field: message" for each of a problem's `violations[]` (the therapist's screens have a fuller reader). */
function fieldProblems(extensions: Record<string, unknown>): string[] {
  const raw = extensions['violations'];
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((v): v is { field: unknown; message: unknown } => typeof v === 'object' && v !== null)
    .map((v) => `${String(v.field)}: ${String(v.message)}`);
}
