import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  fetchNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type AppNotification,
} from '../api/notifications.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { failureMessage } from '../loading/failureMessage.ts';
import { useLoad } from '../loading/useLoad.ts';
import { NotifyMe } from './NotifyMe.tsx';

export interface NotificationListProps {
  /** Something was marked read: the bell asks for its count again. */
  onChanged: () => void;
  /** A notification was opened: the panel closes. */
  onLeave: () => void;
  /** What this person's device notifications are for ("reminders", "urgent alerts"). */
  pushPurpose: string;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The notification centre's list, newest first. Opening a notification marks it read and goes
 * where it belongs (its link, written by the server: the caseload for an alert, a thread for a
 * message, the follow-up form); "Mark all read" empties the bell.
 */
export function NotificationList(props: NotificationListProps) {
  return (
    <>
      <NotificationItems {...props} />
      <NotifyMe purpose={props.pushPurpose} />
    </>
  );
}

function NotificationItems({ onChanged, onLeave }: NotificationListProps) {
  const [list, retry] = useLoad((signal) => fetchNotifications(signal));
  const [read, setRead] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const { route } = useLocation();

  if (list.status === 'loading') return <p class="loading">Loading your notifications…</p>;
  if (list.status === 'failed') return <LoadFailure error={list.error} what="your notifications" onRetry={retry} />;

  const isRead = (n: AppNotification) => n.readAt !== null || read.has(n.id);
  const open = async (event: Event, n: AppNotification) => {
    event.preventDefault();
    if (!isRead(n)) {
      try {
        await markNotificationRead(n.id);
        setRead(new Set([...read, n.id]));
        onChanged();
      } catch {
        // still open it: it stays unread and the bell keeps counting it
      }
    }
    onLeave();
    route(n.link);
  };
  const markAll = async () => {
    setError(null);
    try {
      await markAllNotificationsRead();
      setRead(new Set(list.value.map((n) => n.id)));
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  };

  if (list.value.length === 0) return <p class="notification-empty">No notifications.</p>;
  const unread = list.value.filter((n) => !isRead(n)).length;
  return (
    <section aria-labelledby="notification-heading">
      <h2 id="notification-heading" class="notification-heading">
        Notifications
      </h2>
      {unread > 0 && (
        <button type="button" class="button" data-action="mark-all-read" onClick={() => void markAll()}>
          Mark all read
        </button>
      )}
      {error !== null && (
        <p class="load-failure" role="alert">
          {failureMessage(error, 'your notifications')}
        </p>
      )}
      <ul class="notification-items">
        {list.value.map((n) => (
          <li key={n.id} class={isRead(n) ? 'notification notification--read' : 'notification'} data-notification>
            <a href={n.link} onClick={(event) => void open(event, n)}>
              {!isRead(n) && <span class="visually-hidden">Unread: </span>}
              {n.title}
            </a>{' '}
            <time dateTime={n.createdAt}>{when.format(new Date(n.createdAt))}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
