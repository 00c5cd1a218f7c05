import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { editContact, type ContactChannel, type ContactDetails as Details } from '../../api/patients.ts';
import { usePatient } from '../usePatient.ts';
import { msg, t } from '../../i18n/i18n.ts';

const channelNames = {
  APP: msg('In the Motus app'),
  EMAIL: msg('By email'),
  SMS: msg('By text message'),
  PHONE: msg('By phone call'),
} satisfies Record<ContactChannel, string>;

/** "field: message" for a 400's violations, else the problem's detail. */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return t('Motus could not be reached. Please try again.');
  const raw = error.problem.extensions['violations'];
  if (Array.isArray(raw) && raw.length > 0) {
    return raw
      .filter((v): v is { field: unknown; message: unknown } => typeof v === 'object' && v !== null)
      .map((v) => `${String(v.field).split('.').pop()}: ${String(v.message)}`)
      .join('; ');
  }
  return error.problem.detail ?? error.problem.title;
}

/**
 * How the care team reaches the patient. Only these three fields are sent (PUT .../contact), so a
 * goal the therapist changed meanwhile is never overwritten with what this screen read earlier.
 */
export function ContactDetails({ send = editContact }: { send?: typeof editContact }) {
  const patient = usePatient();
  const stored = patient.record.contact;
  const [details, setDetails] = useState<Details>({
    preferredChannel: stored?.preferredChannel ?? 'APP',
    email: stored?.email ?? null,
    phone: stored?.phone ?? null,
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const updated = await send(patient.record.id, {
        preferredChannel: details.preferredChannel,
        email: details.email?.trim() || null,
        phone: details.phone?.trim() || null,
      });
      patient.updateRecord(updated);
      setMessage({ text: t('Saved.'), problem: false });
    } catch (error) {
      setMessage({ text: t('Not saved: {reason}', { reason: problemText(error) }), problem: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id="settings-contact" onSubmit={save}>
      <p class="field">
        <label for="contact-channel">{t('How your care team should reach you')}</label>
        <select
          id="contact-channel"
          value={details.preferredChannel}
          onChange={(e) => setDetails({ ...details, preferredChannel: e.currentTarget.value as ContactChannel })}
        >
          {(Object.keys(channelNames) as ContactChannel[]).map((channel) => (
            <option key={channel} value={channel}>
              {t(channelNames[channel])}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for="contact-email">{t('Email')}</label>
        <input
          id="contact-email"
          type="email"
          autocomplete="email"
          maxLength={254}
          value={details.email ?? ''}
          onInput={(e) => setDetails({ ...details, email: e.currentTarget.value })}
        />
      </p>
      <p class="field">
        <label for="contact-phone">{t('Phone')}</label>
        <input
          id="contact-phone"
          type="tel"
          autocomplete="tel"
          maxLength={40}
          value={details.phone ?? ''}
          onInput={(e) => setDetails({ ...details, phone: e.currentTarget.value })}
        />
      </p>
      <button type="submit" class="button button-primary" id="settings-contact-save" disabled={busy}>
        {busy ? t('Saving…') : t('Save contact details')}
      </button>
      {message && (
        <p role={message.problem ? 'alert' : 'status'} class={message.problem ? 'form-problem' : 'saved'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
