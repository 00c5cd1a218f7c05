import { useState } from 'preact/hooks';
import { fetchOpenSlots, requestVisit, type OpenSlots } from '../api/visits.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { actionFailure } from '../loading/actionFailure.ts';
import { SlotPicker } from '../scheduling/SlotPicker.tsx';
import { dateFormat, t } from '../i18n/i18n.ts';

/** How far ahead the patient sees free times (the server caps it at the clinic's horizon). */
export const slotDays = 21;

/** Ask one of your therapists for a video visit at one of their free times; they confirm it. */
export function RequestVisit({ onRequested }: { onRequested: () => void }) {
  const [open, retry] = useLoad<OpenSlots>((signal) => fetchOpenSlots(slotDays, signal));
  return (
    <section class="card request-visit" aria-labelledby="request-visit-heading">
      <h2 id="request-visit-heading">{t('Ask for a visit')}</h2>
      {open.status === 'loading' && <p role="status">{t('Loading free times…')}</p>}
      {open.status === 'failed' && <LoadFailure error={open.error} what={t('the free times')} onRetry={retry} />}
      {open.status === 'loaded' &&
        (open.value.therapists.length === 0 ? (
          <p class="empty-state" id="no-open-slots">
            {t(
              'Your therapist has not opened times for video visits yet. They book visits with you, or send them a message.',
            )}
          </p>
        ) : (
          <RequestForm
            open={open.value}
            onRequested={() => {
              retry();
              onRequested();
            }}
          />
        ))}
    </section>
  );
}

function RequestForm({ open, onRequested }: { open: OpenSlots; onRequested: () => void }) {
  const [therapist, setTherapist] = useState(open.therapists[0]?.therapistSubject ?? '');
  const [slot, setSlot] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = open.therapists.find((t) => t.therapistSubject === therapist) ?? open.therapists[0];

  const submit = async (event: Event) => {
    event.preventDefault();
    setMessage('');
    if (!chosen || !slot || reason.trim() === '') {
      setError(t('Choose a time and say what the visit is about.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const visit = await requestVisit({
        therapistSubject: chosen.therapistSubject,
        start: slot,
        reason: reason.trim(),
      });
      setMessage(
        t('Asked {therapist} for {time}. You will see here when they confirm it.', {
          therapist: visit.therapistName,
          time: dateFormat({ dateStyle: 'full', timeStyle: 'short' }).format(new Date(visit.start)),
        }),
      );
      setSlot('');
      setReason('');
      onRequested();
    } catch (failure) {
      setError(actionFailure(failure, t('ask for the visit')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id="request-visit" onSubmit={submit}>
      <p class="muted">
        {t('Each visit lasts {minutes} minutes. Times are shown in your time zone.', {
          minutes: open.visitLengthMinutes,
        })}
      </p>
      {open.therapists.length > 1 && (
        <p class="field">
          <label for="request-therapist">{t('Therapist')}</label>
          <select
            id="request-therapist"
            value={chosen?.therapistSubject}
            onChange={(e) => {
              setTherapist(e.currentTarget.value);
              setSlot('');
            }}
          >
            {open.therapists.map((therapist) => (
              <option key={therapist.therapistSubject} value={therapist.therapistSubject}>
                {therapist.therapistName}
              </option>
            ))}
          </select>
        </p>
      )}
      {chosen && (
        <SlotPicker key={chosen.therapistSubject} id="request" slots={chosen.slots} value={slot} onChange={setSlot} />
      )}
      <p class="field">
        <label for="request-reason">{t('What is the visit about? (your therapist reads it)')}</label>
        <textarea
          id="request-reason"
          rows={2}
          maxLength={500}
          required
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </p>
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? t('Asking…') : t('Ask for this time')}
      </button>
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
