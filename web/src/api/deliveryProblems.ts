import { queryString } from './adminStaff.ts';
import { request } from './http.ts';

import type { components } from './generated/patient-service.ts';

type Schemas = components['schemas'];

/** A notification the outbox gave up on (patient-service DeadLetterView): no health data. */
export type DeadLetter = Schemas['DeadLetterView'];
export type DeadLetterPage = Schemas['DeadLetterPage'];

/** A reminder whose decision failed on every attempt (patient-service FailedReminderView). */
export type FailedReminder = Schemas['FailedReminderView'];
export type FailedReminderPage = Schemas['FailedReminderPage'];

/** Admin: dead letters, newest failure first, a page at a time. */
export function fetchDeadLetters(cursor: string | null, limit = 50): Promise<DeadLetterPage> {
  return request<DeadLetterPage>(`/api/v1/notifications/dead-letters${queryString({ cursor, limit })}`);
}

/** Admin: failed reminders, newest first, a page at a time. */
export function fetchFailedReminders(cursor: string | null, limit = 50): Promise<FailedReminderPage> {
  return request<FailedReminderPage>(`/api/v1/notifications/failed-reminders${queryString({ cursor, limit })}`);
}

/** Admin: send a dead letter again (204); 409 when it is no longer dead, 404 when unknown. */
export function retryDeadLetter(id: string): Promise<void> {
  return request<void>(`/api/v1/notifications/dead-letters/${encodeURIComponent(id)}/retry`, { method: 'POST' });
}

/** Admin: decide a failed reminder again now (204); 409 when it is no longer failed. */
export function retryFailedReminder(id: string): Promise<void> {
  return request<void>(`/api/v1/notifications/failed-reminders/${encodeURIComponent(id)}/retry`, {
    method: 'POST',
  });
}
