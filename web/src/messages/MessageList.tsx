import { imageUrl, type Message } from '../api/messages.ts';
import { dateFormat, t } from '../i18n/i18n.ts';

const time = (iso: string) => dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The thread, oldest first. Text is shown as text (never HTML), with who read each message and when. */
export function MessageList({ patientId, messages }: { patientId: string; messages: readonly Message[] }) {
  if (messages.length === 0) return <p class="messages__empty">{t('No messages yet.')}</p>;
  return (
    <ol class="messages__list" aria-label={t('Messages, oldest first')}>
      {messages.map((m) => (
        <li key={m.id} class={m.mine ? 'message message--mine' : 'message'} data-message-id={m.id}>
          <article aria-label={`${m.mine ? t('You') : m.authorName}, ${time(m.sentAt)}`}>
            <header class="message__meta">
              <strong>{m.mine ? t('You') : m.authorName}</strong> <time dateTime={m.sentAt}>{time(m.sentAt)}</time>
            </header>
            {m.text !== '' && <p class="message__text">{m.text}</p>}
            {m.exerciseRef !== null && (
              <p class="message__exercise">{t('Exercise: {name}', { name: m.exerciseRef })}</p>
            )}
            {m.image !== null && (
              <img
                class="message__image"
                src={imageUrl(patientId, m.image.id)}
                width={m.image.widthPx}
                height={m.image.heightPx}
                loading="lazy"
                alt={m.mine ? t('Photo from you') : t('Photo from {name}', { name: m.authorName })}
              />
            )}
            {m.mine && (
              <p class="message__receipt" data-read-receipt>
                {m.readBy.length === 0
                  ? t('Not read yet')
                  : m.readBy
                      .map((r) => t('Read by {name} at {time}', { name: r.readerName, time: time(r.readAt) }))
                      .join('; ')}
              </p>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
