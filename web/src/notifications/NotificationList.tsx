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
import { dateFormat, t } from '../i18n/i18n.ts';

export interface NotificationListProps {
  /** Something was marked read: the bell asks for its count again. */
  onChanged: () => void;
  /** A notification was opened: the panel closes. */
  onLeave: () => void;
  /** What this person's device notifications are for ("reminders", "urgent alerts"). */
  pushPurpose: string;
}

const when = () => dateFormat({ dateStyle: 'medium', timeStyle: 'short' });

/** The line for a notification, in the screen's language (the server writes it in the chosen one, or English). */
function title(n: AppNotification): string {
  switch (n.topic) {
    case 'URGENT_ALERT':
      return t('You have a new urgent alert in Motus');
    case 'ALERT_DIGEST':
      return t('{count, plural, one {You have 1 new alert in Motus} other {You have # new alerts in Motus}}', {
        count: n.count,
      });
    case 'NEW_MESSAGE':
      return t('You have a new message in Motus');
    case 'PROM_ASSIGNED':
      return t('Your therapist asked you to answer a questionnaire in Motus');
    case 'FOLLOW_UP_REMINDER':
    case 'PROGRAMME_DAY_REMINDER':
    case 'PACE_NUDGE':
    case 'VISIT_REMINDER':
      return t('You have a reminder in Motus');
    default:
      return n.title;
  }
}

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

  if (list.status === 'loading') return <p class="loading">{t('Loading your notifications…')}</p>;
  if (list.status === 'failed')
    return <LoadFailure error={list.error} what={t('your notifications')} onRetry={retry} />;

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

  if (list.value.length === 0) return <p class="notification-empty">{t('No notifications.')}</p>;
  const unread = list.value.filter((n) => !isRead(n)).length;
  return (
    <section aria-labelledby="notification-heading">
      <h2 id="notification-heading" class="notification-heading">
        {t('Notifications')}
      </h2>
      {unread > 0 && (
        <button type="button" class="button" data-action="mark-all-read" onClick={() => void markAll()}>
          {t('Mark all read')}
        </button>
      )}
      {error !== null && (
        <p class="load-failure" role="alert">
          {failureMessage(error, t('your notifications'))}
        </p>
      )}
      <ul class="notification-items">
        {list.value.map((n) => (
          <li key={n.id} class={isRead(n) ? 'notification notification--read' : 'notification'} data-notification>
            <a href={n.link} onClick={(event) => void open(event, n)}>
              {!isRead(n) && <span class="visually-hidden">{t('Unread:')}</span>}
              {title(n)}
            </a>{' '}
            <time dateTime={n.createdAt}>{when().format(new Date(n.createdAt))}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
