import {
  deletePushSubscription,
  fetchPushSubscriptions,
  fetchVapidPublicKey,
  registerPushSubscription,
  type PushSubscriptionRequest,
} from '../api/push.ts';
import { ApiError } from '../api/http.ts';

/**
 * "Notify me on this device": this browser's Web Push subscription, kept in step with
 * patient-service. Permission is asked only from a click (turnOn), never on load.
 *
 * - on: subscribed here and registered with Motus
 * - off: not subscribed (or the person dismissed the browser's question)
 * - blocked: the browser (or the person) denied notifications for Motus; only its settings undo that
 * - unsupported: no service worker or no Push API here (an old browser, a private window, `npm run dev`)
 * - unavailable: this Motus server has Web Push turned off
 * - unreachable: the browser could not reach its push service (or Motus), so nothing was turned on
 */
export type PushState = 'on' | 'off' | 'blocked' | 'unsupported' | 'unavailable' | 'unreachable';

/** The browser side; tests give a fake. */
export interface PushBrowser {
  /** null: notifications or push are not supported here. */
  permission(): NotificationPermission | null;
  requestPermission(): Promise<NotificationPermission>;
  /** The push manager of the registered service worker, or null when there is none. */
  pushManager(): Promise<PushManager | null>;
}

export const thisBrowser: PushBrowser = {
  permission: () =>
    typeof Notification === 'undefined' || !('PushManager' in window) ? null : Notification.permission,
  requestPermission: () => Notification.requestPermission(),
  pushManager: async () => {
    if (!('serviceWorker' in navigator)) return null;
    // getRegistration, not `ready`: `ready` never settles where no worker is registered.
    const registration = await navigator.serviceWorker.getRegistration('/');
    return registration?.pushManager ?? null;
  },
};

export async function pushState(browser: PushBrowser = thisBrowser): Promise<PushState> {
  const permission = browser.permission();
  if (permission === null) return 'unsupported';
  if (permission === 'denied') return 'blocked';
  const manager = await browser.pushManager();
  if (!manager) return 'unsupported';
  return (await manager.getSubscription()) ? 'on' : 'off';
}

/**
 * How long the browser's push service may take to subscribe. Chromium waits for its push service
 * without a limit of its own when that service cannot be reached (a network that blocks it).
 */
export const subscribeDeadlineMs = 20_000;

function withinDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Asks permission (call from a click), subscribes this browser and registers it with Motus. */
export async function turnOn(browser: PushBrowser = thisBrowser): Promise<PushState> {
  if (browser.permission() === null) return 'unsupported';
  const permission = await browser.requestPermission();
  if (permission === 'denied') return 'blocked';
  if (permission !== 'granted') return 'off';
  const manager = await browser.pushManager();
  if (!manager) return 'unsupported';
  let key: string;
  try {
    key = (await fetchVapidPublicKey()).publicKey;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return 'unavailable';
    return 'unreachable';
  }
  let subscription: PushSubscription;
  const subscribing = manager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64Url(key) });
  try {
    subscription = await withinDeadline(subscribing, subscribeDeadlineMs);
  } catch {
    // e.g. AbortError "Registration failed - push service error", or no answer at all where the
    // push service is blocked: never leave the person looking at a button that does nothing. A
    // subscription that arrives after the deadline is dropped, so nothing is left half on.
    subscribing.then((late) => late.unsubscribe()).catch(() => false);
    return 'unreachable';
  }
  try {
    await registerPushSubscription(asRequest(subscription));
  } catch (error) {
    // Not registered: keep nothing half on (a subscription Motus does not know would never notify).
    await subscription.unsubscribe().catch(() => false);
    if (error instanceof ApiError && error.status === 404) return 'unavailable';
    return 'unreachable';
  }
  return 'on';
}

/**
 * Removes this browser's subscription from Motus and from the browser. The browser side is dropped
 * even if Motus cannot be reached (the server forgets a subscription the push service calls gone).
 */
export async function turnOff(browser: PushBrowser = thisBrowser): Promise<PushState> {
  const manager = await browser.pushManager();
  const subscription = manager ? await manager.getSubscription() : null;
  if (!subscription) return browser.permission() === 'denied' ? 'blocked' : 'off';
  try {
    const mine = await fetchPushSubscriptions();
    const here = mine.find((s) => s.endpoint === subscription.endpoint);
    if (here) await deletePushSubscription(here.id);
  } finally {
    await subscription.unsubscribe().catch(() => false);
  }
  return 'off';
}

/** What the browser's PushSubscription says, as patient-service takes it. */
function asRequest(subscription: PushSubscription): PushSubscriptionRequest {
  const json = subscription.toJSON();
  return {
    endpoint: subscription.endpoint,
    expirationTime: subscription.expirationTime,
    keys: { p256dh: json.keys?.['p256dh'] ?? '', auth: json.keys?.['auth'] ?? '' },
  };
}

function fromBase64Url(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(value.length / 4) * 4, '=');
  const bytes = atob(base64);
  const out = new Uint8Array(new ArrayBuffer(bytes.length));
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
  return out;
}
