import { useEffect, useState } from 'preact/hooks';
import { fetchThread, markRead, type Message } from '../api/messages.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { MessageComposer } from './MessageComposer.tsx';
import { MessageList } from './MessageList.tsx';
import { useUnread } from './useUnread.ts';
import { t } from '../i18n/i18n.ts';

type Thread = { status: 'loading' } | { status: 'loaded'; messages: Message[] } | { status: 'failed'; error: unknown };

/**
 * One patient's thread with their care team, for the patient and for a treating therapist. It loads
 * again when the unread poll sees the thread change, and marks what it shows as read.
 */
export function MessageThread({ patientId, onSent }: { patientId: string; onSent?: (message: Message) => void }) {
  const [thread, setThread] = useState<Thread>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const unread = useUnread().threads.find((t) => t.patientId === patientId);
  const changed = `${unread?.unread ?? 0}:${unread?.lastMessageAt ?? ''}`;

  useEffect(() => {
    const controller = new AbortController();
    fetchThread(patientId, controller.signal).then(
      (messages) => {
        setThread({ status: 'loaded', messages });
        const lastFromOthers = [...messages].reverse().find((m) => !m.mine);
        if (lastFromOthers) markRead(patientId, lastFromOthers.id).catch(() => undefined);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setThread({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [patientId, changed, attempt]);

  const sent = (message: Message) => {
    setThread((t) => (t.status === 'loaded' ? { status: 'loaded', messages: [...t.messages, message] } : t));
    onSent?.(message);
  };

  return (
    <div class="messages" aria-busy={thread.status === 'loading'}>
      {thread.status === 'loading' && <p class="loading">{t('Loading the messages…')}</p>}
      {thread.status === 'failed' && (
        <LoadFailure error={thread.error} what={t('the messages')} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {thread.status === 'loaded' && <MessageList patientId={patientId} messages={thread.messages} />}
      <MessageComposer patientId={patientId} onSent={sent} />
    </div>
  );
}
