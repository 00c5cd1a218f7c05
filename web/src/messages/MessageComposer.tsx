import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/http.ts';
import {
  codePoints,
  imageMaxBytes,
  messageMaxLength,
  sendMessage,
  uploadImage,
  type Message,
  type MessageImage,
} from '../api/messages.ts';
import { newIdempotencyKey } from '../api/patients.ts';
import { t } from '../i18n/i18n.ts';

interface Attached {
  image: MessageImage;
  preview: string;
}

const problemText = (error: unknown) =>
  error instanceof ApiError
    ? (error.problem.detail ?? error.problem.title)
    : t('No answer from the server: try again.');

/** Write a message, attach a photo (previewed once the server has cleaned it), send. */
export function MessageComposer({ patientId, onSent }: { patientId: string; onSent: (message: Message) => void }) {
  const [text, setText] = useState('');
  const [attached, setAttached] = useState<Attached | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // one key per message being written: a resend after a lost answer is stored once
  const [key, setKey] = useState(newIdempotencyKey);
  useEffect(() => () => attached && URL.revokeObjectURL(attached.preview), [attached]);

  const length = codePoints(text.trim());
  const tooLong = length > messageMaxLength;

  const attach = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > imageMaxBytes) {
      setProblem(t('This photo is over 5 MB: choose a smaller one.'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const image = await uploadImage(patientId, file);
      setAttached({ image, preview: URL.createObjectURL(file) });
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  };

  const send = async (event: Event) => {
    event.preventDefault();
    if (busy || tooLong || (length === 0 && attached === null)) return;
    setBusy(true);
    setProblem(null);
    try {
      const sent = await sendMessage(patientId, { text, exerciseRef: null, imageId: attached?.image.id ?? null }, key);
      setText('');
      setAttached(null);
      setKey(newIdempotencyKey());
      onSent(sent);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="message-composer" onSubmit={(e) => void send(e)}>
      <label for="message-text">{t('Message')}</label>
      <textarea
        id="message-text"
        name="message"
        rows={3}
        value={text}
        aria-describedby="message-count"
        aria-invalid={tooLong}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id="message-count" class={tooLong ? 'message-composer__count field-error' : 'message-composer__count'}>
        {t('{used} of {max} characters', { used: length, max: messageMaxLength })}
      </p>
      <label for="message-image">{t('Attach a photo (JPEG or PNG, up to 5 MB)')}</label>
      <input
        id="message-image"
        type="file"
        accept="image/jpeg,image/png"
        disabled={busy}
        onChange={(e) => void attach(e.currentTarget.files?.[0])}
      />
      {attached && (
        <figure class="message-composer__preview">
          <img src={attached.preview} alt={t('The photo to send')} width={120} />
          <figcaption>
            <button type="button" onClick={() => setAttached(null)}>
              {t('Remove the photo')}
            </button>
          </figcaption>
        </figure>
      )}
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={busy || tooLong}>
        {t('Send')}
      </button>
    </form>
  );
}
