/**
 * The service worker's Web Push handlers (docs/adr/0032). The build appends this file to the
 * generated sw.js (vite.config.ts, `pushInServiceWorker`), so it must stay self-contained: no
 * imports, one function, and the types below instead of the WebWorker library's.
 *
 * A push carries what patient-service's PushSender sends: `{title, url, tag}`, never health data.
 * Its notification opens only a page of this origin: a link to anywhere else opens Motus's home.
 */

interface ShownNotification {
  readonly data: unknown;
  close(): void;
}

interface WindowClient {
  readonly url: string;
  focus(): Promise<unknown>;
  navigate?(url: string): Promise<unknown>;
}

interface ExtendableEvent {
  waitUntil(work: Promise<unknown>): void;
}

interface PushEvent extends ExtendableEvent {
  readonly data: { json(): unknown } | null;
}

interface NotificationClickEvent extends ExtendableEvent {
  readonly notification: ShownNotification;
}

/** The part of a ServiceWorkerGlobalScope these handlers use; tests give a fake. */
export interface PushScope {
  readonly location: { readonly origin: string };
  readonly registration: {
    showNotification(
      title: string,
      options: { body?: string; tag?: string; icon?: string; data?: unknown },
    ): Promise<void>;
  };
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowClient[]>;
    openWindow(url: string): Promise<unknown>;
  };
  addEventListener(type: 'push', listener: (event: PushEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationClickEvent) => void): void;
}

function installPushHandlers(scope: PushScope): void {
  const home = scope.location.origin + '/';

  /** An absolute URL of this origin, or Motus's home for anything else (another site, junk). */
  const sameOrigin = (link: unknown): string => {
    if (typeof link !== 'string') return home;
    try {
      const url = new URL(link, home);
      return url.origin === scope.location.origin ? url.href : home;
    } catch {
      return home;
    }
  };

  scope.addEventListener('push', (event) => {
    let payload: unknown;
    try {
      payload = event.data ? event.data.json() : null;
    } catch {
      payload = null; // not JSON: still show something, the browser requires it (userVisibleOnly)
    }
    const fields = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
    const title =
      typeof fields['title'] === 'string' && fields['title'].trim() !== ''
        ? fields['title'].slice(0, 200)
        : 'You have a new notification in Motus';
    const tag = typeof fields['tag'] === 'string' ? fields['tag'] : undefined;
    event.waitUntil(
      scope.registration.showNotification(title, {
        ...(tag ? { tag } : {}),
        icon: '/icon-192.png',
        data: { url: sameOrigin(fields['url']) },
      }),
    );
  });

  scope.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const data = event.notification.data;
    const target = sameOrigin(typeof data === 'object' && data !== null ? (data as { url?: unknown }).url : null);
    event.waitUntil(
      scope.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
        const open = windows.find((w) => sameOrigin(w.url) === w.url);
        if (!open) return scope.clients.openWindow(target);
        await open.focus();
        if (open.url !== target && open.navigate) {
          // Only a window this worker controls can be navigated; a refusal leaves it focused.
          await open.navigate(target).catch(() => undefined);
        }
        return open;
      }),
    );
  });
}

export { installPushHandlers };
