import { useEffect, useRef, useState } from 'preact/hooks';
import { maxChatChars, type ChatLine } from './chat.ts';
import { t } from '../i18n/i18n.ts';

interface Props {
  lines: readonly ChatLine[];
  /** Whether the chat's data channel is connected. */
  open: boolean;
  otherName: string;
  onSend: (text: string) => boolean;
}

/** The in-call text chat: for a link, a word the microphone lost, or when one side has no sound. */
export function ChatPanel({ lines, open, otherName, onSend }: Props) {
  const [text, setText] = useState('');
  const [failed, setFailed] = useState(false);
  const log = useRef<HTMLOListElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // Opening the chat puts the cursor in the message field (below the controls, so it scrolls into view).
  useEffect(() => {
    field.current?.focus();
  }, []);
  useEffect(() => {
    log.current?.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
  }, [lines.length]);
  const send = (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') return;
    const sent = onSend(text);
    setFailed(!sent);
    if (sent) setText('');
  };
  return (
    <section id="call-chat" class="call-chat" aria-labelledby="call-chat-heading">
      <h2 id="call-chat-heading">{t('Chat with {name}', { name: otherName })}</h2>
      {lines.length === 0 ? (
        <p class="call-chat-empty">
          {t('Messages go straight to {name} and are not kept after the call.', { name: otherName })}
        </p>
      ) : (
        <div role="log" aria-live="polite" aria-label={t('Chat with {name}', { name: otherName })}>
          <ol ref={log} class="call-chat-lines">
            {lines.map((line) => (
              <li key={`${line.from}-${line.id}`} data-from={line.from} class={`call-chat-line call-chat-${line.from}`}>
                <span class="call-chat-who">{line.from === 'me' ? t('You') : otherName}:</span> {line.text}
              </li>
            ))}
          </ol>
        </div>
      )}
      <form class="call-chat-form" onSubmit={send}>
        <label for="chat-text" class="visually-hidden">
          {t('Message to {name}', { name: otherName })}
        </label>
        <input
          ref={field}
          id="chat-text"
          type="text"
          autocomplete="off"
          maxLength={maxChatChars}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button id="chat-send" type="submit" disabled={!open}>
          {t('Send')}
        </button>
      </form>
      {!open && <p class="call-chat-empty">{t('The chat connects with the call.')}</p>}
      {failed && open && (
        <p role="alert" class="call-chat-empty">
          {t('Not sent; try again.')}
        </p>
      )}
    </section>
  );
}

/** How many of the other side's lines came after the first {@code seen} lines. */
export function unreadCount(lines: readonly ChatLine[], seen: number): number {
  return lines.slice(seen).filter((line) => line.from === 'them').length;
}
