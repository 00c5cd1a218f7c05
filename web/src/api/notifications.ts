import { request } from './http.ts';
import type { components } from './generated/patient-service.ts';

type Schemas = components['schemas'];

/** patient-service's notification centre (issue 14 item 1); shapes generated from its OpenAPI document. */
export type AppNotification = Schemas['NotificationView'];
export type NotificationCount = Schemas['UnreadCount'];

const base = '/api/v1/notifications';

export function fetchNotificationCount(signal?: AbortSignal): Promise<NotificationCount> {
  return request<NotificationCount>(`${base}/unread-count`, signal ? { signal } : {});
}

export function fetchNotifications(signal?: AbortSignal): Promise<AppNotification[]> {
  return request<AppNotification[]>(base, signal ? { signal } : {});
}

export function markNotificationRead(id: string): Promise<AppNotification> {
  return request<AppNotification>(`${base}/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function markAllNotificationsRead(): Promise<NotificationCount> {
  return request<NotificationCount>(`${base}/read`, { method: 'POST' });
}
