import type { JSX } from 'preact';
import {
  fetchDeadLetters,
  fetchFailedReminders,
  retryDeadLetter,
  retryFailedReminder,
  type DeadLetter,
  type DeadLetterPage,
  type FailedReminder,
  type FailedReminderPage,
} from '../../api/deliveryProblems.ts';
import { channelLabel, kindLabel, roleLabel, topicLabel, when } from './labels.ts';
import { RetryCell } from './RetryCell.tsx';
import type { ListState } from './retryList.ts';
import { useRetryList } from './useRetryList.ts';
import { t } from '../../i18n/i18n.ts';

/** What the delivery-problems screen calls; tests pass their own. */
export interface DeliveryServices {
  deadLetters: (cursor: string | null) => Promise<DeadLetterPage>;
  failedReminders: (cursor: string | null) => Promise<FailedReminderPage>;
  retryDeadLetter: (id: string) => Promise<void>;
  retryFailedReminder: (id: string) => Promise<void>;
}

const gateway: DeliveryServices = {
  deadLetters: (cursor) => fetchDeadLetters(cursor),
  failedReminders: (cursor) => fetchFailedReminders(cursor),
  retryDeadLetter,
  retryFailedReminder,
};

/**
 * Admin: the notifications the outbox gave up on and the reminders that could not be decided,
 * newest first, each with a Retry button. Rows name what and how, never a patient's health.
 */
export function DeliveryScreen({ services = gateway }: { services?: DeliveryServices }) {
  const letters = useRetryList<DeadLetter>(services.deadLetters, services.retryDeadLetter);
  const reminders = useRetryList<FailedReminder>(services.failedReminders, services.retryFailedReminder);
  const nothing =
    letters.state.items?.length === 0 &&
    reminders.state.items?.length === 0 &&
    letters.state.error === null &&
    reminders.state.error === null;
  return (
    <section aria-labelledby="delivery-heading" data-screen="delivery">
      <h2 id="delivery-heading">{t('Delivery problems')}</h2>
      {nothing && (
        <p data-testid="delivery-empty">
          {t('No delivery problems: every notification and reminder went out or is still on its way.')}
        </p>
      )}
      <ProblemTable
        id="dead-letters"
        caption={t('Notifications not delivered')}
        state={letters.state}
        onMore={letters.more}
        rows={(letter) => (
          <tr key={letter.id} data-dead-letter={letter.id}>
            <td>{topicLabel(letter.topic)}</td>
            <td>{channelLabel(letter.channel)}</td>
            <td>{roleLabel(letter.recipientRole)}</td>
            <td>{letter.attempts}</td>
            <td>{letter.lastError ?? '—'}</td>
            <td>{when(letter.lastAttemptAt)}</td>
            <RetryCell
              label={t('Retry: {what} by {channel}, {when}', {
                what: topicLabel(letter.topic),
                channel: channelLabel(letter.channel),
                when: when(letter.lastAttemptAt),
              })}
              state={letters.state.retries[letter.id]}
              onRetry={() => letters.retry(letter.id)}
            />
          </tr>
        )}
      />
      <ProblemTable
        id="failed-reminders"
        caption={t('Reminders that could not be sent')}
        state={reminders.state}
        onMore={reminders.more}
        rows={(reminder) => (
          <tr key={reminder.id} data-failed-reminder={reminder.id}>
            <td>{kindLabel(reminder.kind)}</td>
            <td>{t('As the patient chose')}</td>
            <td>{t('Patient')}</td>
            <td>{reminder.attempts}</td>
            <td>{reminder.lastError ?? '—'}</td>
            <td>{when(reminder.failedAt)}</td>
            <RetryCell
              label={t('Retry: {what}, {when}', { what: kindLabel(reminder.kind), when: when(reminder.failedAt) })}
              state={reminders.state.retries[reminder.id]}
              onRetry={() => reminders.retry(reminder.id)}
            />
          </tr>
        )}
      />
    </section>
  );
}

function ProblemTable<T>({
  id,
  caption,
  state,
  onMore,
  rows,
}: {
  id: string;
  caption: string;
  state: ListState<T>;
  onMore: () => void;
  rows: (item: T) => JSX.Element;
}) {
  return (
    <div class="delivery-list" data-list={id}>
      <h3 id={`${id}-heading`}>{caption}</h3>
      {state.error !== null && <p role="alert">{state.error}</p>}
      {state.items === null && state.error === null && <p class="loading">{t('Loading…')}</p>}
      {state.items !== null && state.items.length === 0 && <p>{t('None.')}</p>}
      {state.items !== null && state.items.length > 0 && (
        <table aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col">{t('What')}</th>
              <th scope="col">{t('Channel')}</th>
              <th scope="col">{t('Recipient')}</th>
              <th scope="col">{t('Attempts')}</th>
              <th scope="col">{t('Last error')}</th>
              <th scope="col">{t('Last tried')}</th>
              <th scope="col">{t('Action')}</th>
            </tr>
          </thead>
          <tbody>{state.items.map(rows)}</tbody>
        </table>
      )}
      {state.next !== null && (
        <button type="button" disabled={state.loading} onClick={onMore}>
          {t('Show more')}
        </button>
      )}
    </div>
  );
}
