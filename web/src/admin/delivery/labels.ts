import type { DeadLetter, FailedReminder } from '../../api/deliveryProblems.ts';
import { dateFormat, msg, t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/catalog.ts';

const topics: Record<DeadLetter['topic'], MessageId> = {
  URGENT_ALERT: msg('Urgent alert'),
  ALERT_DIGEST: msg('Daily alert digest'),
  FOLLOW_UP_REMINDER: msg('Follow-up reminder'),
  PROGRAMME_DAY_REMINDER: msg('Programme-day reminder'),
  PACE_NUDGE: msg('Pace nudge'),
  VISIT_REMINDER: msg('Visit reminder'),
  NEW_MESSAGE: msg('New-message notice'),
  PROM_ASSIGNED: msg('Questionnaire request'),
};

const kinds: Record<FailedReminder['kind'], MessageId> = {
  FOLLOW_UP_DUE: msg('Follow-up reminder'),
  FOLLOW_UP_LAST_CALL: msg('Follow-up last call'),
  PROGRAMME_DAY: msg('Programme-day reminder'),
  PACE_NUDGE: msg('Pace nudge'),
  VISIT_DAY_BEFORE: msg('Visit reminder (day before)'),
  VISIT_SOON: msg('Visit reminder (15 minutes before)'),
};

const channels: Record<DeadLetter['channel'], MessageId> = {
  EMAIL: msg('Email'),
  PUSH: msg('Push'),
  IN_APP: msg('In-app'),
};

const roles: Record<DeadLetter['recipientRole'], MessageId> = {
  PATIENT: msg('Patient'),
  STAFF: msg('Therapist or admin'),
};

/** The label of a code in the reader's language; an unknown code as it came. */
function label<K extends string>(table: Record<K, MessageId>, code: K): string {
  const id = table[code] as MessageId | undefined;
  return id ? t(id) : code;
}

export const topicLabel = (topic: DeadLetter['topic']) => label(topics, topic);
export const kindLabel = (kind: FailedReminder['kind']) => label(kinds, kind);
export const channelLabel = (channel: DeadLetter['channel']) => label(channels, channel);
export const roleLabel = (role: DeadLetter['recipientRole']) => label(roles, role);

/** A time in the admin's language. */
export function when(instant: string | null): string {
  return instant === null ? '—' : dateFormat({ dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(instant));
}
