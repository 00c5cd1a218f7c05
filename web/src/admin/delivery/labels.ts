import type { DeadLetter, FailedReminder } from '../../api/deliveryProblems.ts';

const topics: Record<DeadLetter['topic'], string> = {
  URGENT_ALERT: 'Urgent alert',
  ALERT_DIGEST: 'Daily alert digest',
  FOLLOW_UP_REMINDER: 'Follow-up reminder',
  PROGRAMME_DAY_REMINDER: 'Programme-day reminder',
  PACE_NUDGE: 'Pace nudge',
  VISIT_REMINDER: 'Visit reminder',
  NEW_MESSAGE: 'New-message notice',
};

const kinds: Record<FailedReminder['kind'], string> = {
  FOLLOW_UP_DUE: 'Follow-up reminder',
  FOLLOW_UP_LAST_CALL: 'Follow-up last call',
  PROGRAMME_DAY: 'Programme-day reminder',
  PACE_NUDGE: 'Pace nudge',
  VISIT_DAY_BEFORE: 'Visit reminder (day before)',
  VISIT_SOON: 'Visit reminder (15 minutes before)',
};

const channels: Record<DeadLetter['channel'], string> = { EMAIL: 'Email', PUSH: 'Push', IN_APP: 'In-app' };

const roles: Record<DeadLetter['recipientRole'], string> = { PATIENT: 'Patient', STAFF: 'Therapist or admin' };

export const topicLabel = (topic: DeadLetter['topic']) => topics[topic] ?? topic;
export const kindLabel = (kind: FailedReminder['kind']) => kinds[kind] ?? kind;
export const channelLabel = (channel: DeadLetter['channel']) => channels[channel] ?? channel;
export const roleLabel = (role: DeadLetter['recipientRole']) => roles[role] ?? role;

/** A time as the admin's browser shows times. */
export function when(instant: string | null): string {
  return instant === null ? '—' : new Date(instant).toLocaleString();
}
