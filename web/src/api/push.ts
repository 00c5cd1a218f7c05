import { request } from './http.ts';
import type { components } from './generated/patient-service.ts';

type Schemas = components['schemas'];

/** patient-service's Web Push subscriptions (issue 14); shapes generated from its OpenAPI document. */
export type VapidPublicKey = Schemas['VapidPublicKey'];
export type PushSubscriptionRequest = Schemas['PushSubscriptionRequest'];
export type PushSubscriptionView = Schemas['PushSubscriptionView'];

const base = '/api/v1/notifications/push';

/** The application server key to subscribe with; a 404 ApiError when the server has Web Push off. */
export function fetchVapidPublicKey(): Promise<VapidPublicKey> {
  return request<VapidPublicKey>(`${base}/public-key`);
}

export function fetchPushSubscriptions(): Promise<PushSubscriptionView[]> {
  return request<PushSubscriptionView[]>(`${base}/subscriptions`);
}

export function registerPushSubscription(subscription: PushSubscriptionRequest): Promise<PushSubscriptionView> {
  return request<PushSubscriptionView>(`${base}/subscriptions`, { method: 'POST', body: subscription });
}

export function deletePushSubscription(id: string): Promise<void> {
  return request<void>(`${base}/subscriptions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
