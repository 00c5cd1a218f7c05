import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NotificationListProps } from './NotificationList.tsx';
import { useNotificationCount } from './useNotificationCount.ts';
import './notifications.css';
import { t } from '../i18n/i18n.ts';

/** The list is opened now and then: its own chunk, loaded on the first click (no suspense boundary needed). */
function useListChunk(wanted: boolean): ComponentType<NotificationListProps> | 'failed' | null {
  const [list, setList] = useState<ComponentType<NotificationListProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || list !== null || failed) return;
    import('./NotificationList.tsx').then(
      (m) => setList(() => m.NotificationList),
      () => setFailed(true),
    );
  }, [wanted, list, failed]);
  return failed ? 'failed' : list;
}

/**
 * The notification centre's bell (issue 14 item 1): the unread count, announced politely when it
 * changes, and a button that opens the list. Escape or a second click closes it and gives the
 * focus back to the bell.
 */
export function NotificationBell({ pushPurpose }: { pushPurpose: string }) {
  const [count, refresh] = useNotificationCount();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const NotificationList = useListChunk(open);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div class="notification-centre">
      <button
        ref={button}
        type="button"
        class="notification-bell"
        aria-expanded={open}
        aria-controls={open ? 'notification-list' : undefined}
        data-notification-bell
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span aria-hidden="true">🔔</span>
        <span class="visually-hidden">
          {t('Notifications')}
          {count > 0 ? ` ${t('({count} unread)', { count })}` : ''}
        </span>
        {count > 0 && (
          <span class="notification-count" aria-hidden="true" data-notification-count={count}>
            {count}
          </span>
        )}
      </button>
      <span class="visually-hidden" aria-live="polite" data-notification-announcement>
        {count === 0 ? '' : t('{count, plural, one {# unread notification} other {# unread notifications}}', { count })}
      </span>
      {open && (
        <div id="notification-list" class="notification-panel">
          {NotificationList === 'failed' ? (
            <p class="load-failure" role="alert">
              {t('We could not load your notifications: Motus is not answering. Check your internet connection.')}
            </p>
          ) : NotificationList === null ? (
            <p class="loading">{t('Loading your notifications…')}</p>
          ) : (
            <NotificationList onChanged={refresh} onLeave={() => setOpen(false)} pushPurpose={pushPurpose} />
          )}
        </div>
      )}
    </div>
  );
}
