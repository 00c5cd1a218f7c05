import { afterEach, describe, expect, it, vi } from 'vitest';
import { pushState, subscribeDeadlineMs, turnOff, turnOn, type PushBrowser } from './pushDevice.ts';

const key = 'BEG7987ixDArb8xYuSSFal9CCp6PvQGHKfGRkS_wi5TvL3uCXmSRohAit4u2tBop9wZswPgdEGX3bk8APjGQNZM';
const endpoint = 'https://push.example.net/send/abc';

function json(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** A fake patient-service push API at the fetch boundary; `down` makes every call fail to connect. */
function fakeServer(options: { publicKey?: number; down?: boolean } = {}) {
  const subscriptions = new Map<string, string>(); // id -> endpoint
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    if (options.down) throw new TypeError('Failed to fetch');
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (url.endsWith('/public-key')) {
      return options.publicKey === 404
        ? json(404, { title: 'Not Found', status: 404, detail: 'Web Push is not configured on this server.' })
        : json(200, { publicKey: key });
    }
    if (url.endsWith('/subscriptions') && method === 'POST') {
      const body = JSON.parse(String(init?.body)) as { endpoint: string };
      subscriptions.set('s1', body.endpoint);
      return json(201, { id: 's1', endpoint: body.endpoint, createdAt: '2026-12-04T09:00:00Z' });
    }
    if (url.endsWith('/subscriptions')) {
      return json(
        200,
        [...subscriptions].map(([id, e]) => ({ id, endpoint: e, createdAt: '2026-12-04T09:00:00Z' })),
      );
    }
    const id = decodeURIComponent(url.split('/').pop() ?? '');
    if (method === 'DELETE' && subscriptions.delete(id)) return new Response(null, { status: 204 });
    return json(404, { title: 'Not Found', status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, subscriptions };
}

/** A fake browser: its permission, its answer to the question, and a push manager. */
function fakeBrowser(permission: NotificationPermission | null, answer: NotificationPermission = 'granted') {
  let current: PushSubscription | null = null;
  const unsubscribed = vi.fn(async () => {
    current = null;
    return true;
  });
  const subscribe = vi.fn(async (options: PushSubscriptionOptionsInit) => {
    expect(options.userVisibleOnly).toBe(true);
    expect((options.applicationServerKey as Uint8Array).length).toBe(65);
    current = {
      endpoint,
      expirationTime: null,
      toJSON: () => ({ endpoint, keys: { p256dh: key, auth: 'pbkq8f0JvcWdh2oGRX_0kw' } }),
      unsubscribe: unsubscribed,
    } as unknown as PushSubscription;
    return current;
  });
  const manager = { subscribe, getSubscription: async () => current } as unknown as PushManager;
  const asked = vi.fn(async () => {
    permission = answer;
    return answer;
  });
  const browser: PushBrowser = {
    permission: () => permission,
    requestPermission: asked,
    pushManager: async () => manager,
  };
  return { browser, asked, subscribe, unsubscribed };
}

afterEach(() => vi.unstubAllGlobals());

describe('notify me on this device', () => {
  it('asks nothing to find the state: off until turned on', async () => {
    fakeServer();
    const { browser, asked } = fakeBrowser('default');
    expect(await pushState(browser)).toBe('off');
    expect(asked).not.toHaveBeenCalled();
  });

  it('turning on asks permission, subscribes with the server key and registers the subscription', async () => {
    const server = fakeServer();
    const { browser, asked } = fakeBrowser('default');
    expect(await turnOn(browser)).toBe('on');
    expect(asked).toHaveBeenCalledOnce();
    expect([...server.subscriptions.values()]).toEqual([endpoint]);
    const post = server.fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      endpoint,
      expirationTime: null,
      keys: { p256dh: key, auth: 'pbkq8f0JvcWdh2oGRX_0kw' },
    });
    expect(await pushState(browser)).toBe('on');
  });

  it('turning off removes it from the server and the browser', async () => {
    const server = fakeServer();
    const { browser, unsubscribed } = fakeBrowser('granted');
    await turnOn(browser);
    expect(await turnOff(browser)).toBe('off');
    expect(server.subscriptions.size).toBe(0);
    expect(unsubscribed).toHaveBeenCalled();
    expect(await pushState(browser)).toBe('off');
  });

  it('drops the browser subscription even when the server cannot be reached', async () => {
    fakeServer();
    const { browser, unsubscribed } = fakeBrowser('granted');
    await turnOn(browser);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(turnOff(browser)).rejects.toThrow();
    expect(unsubscribed).toHaveBeenCalled();
  });

  it('says the push service is unreachable when subscribing never answers, and drops a late subscription', async () => {
    vi.useFakeTimers();
    try {
      const server = fakeServer();
      const { browser, subscribe, unsubscribed } = fakeBrowser('granted');
      let arrive: () => void = () => undefined;
      subscribe.mockImplementationOnce(
        () =>
          new Promise<PushSubscription>((resolve) => {
            arrive = () => resolve({ endpoint, unsubscribe: unsubscribed } as unknown as PushSubscription);
          }),
      );
      const answer = turnOn(browser);
      await vi.advanceTimersByTimeAsync(subscribeDeadlineMs - 1);
      let settled = false;
      void answer.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await answer).toBe('unreachable');
      expect(server.subscriptions.size).toBe(0);
      arrive();
      await vi.advanceTimersByTimeAsync(0);
      expect(unsubscribed).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says blocked when the person or the browser denies notifications, and subscribes nothing', async () => {
    fakeServer();
    const denied = fakeBrowser('default', 'denied');
    expect(await turnOn(denied.browser)).toBe('blocked');
    expect(denied.subscribe).not.toHaveBeenCalled();
    expect(await pushState(fakeBrowser('denied').browser)).toBe('blocked');
  });

  it('stays off when the question is dismissed', async () => {
    fakeServer();
    const dismissed = fakeBrowser('default', 'default');
    expect(await turnOn(dismissed.browser)).toBe('off');
    expect(dismissed.subscribe).not.toHaveBeenCalled();
  });

  it('says not supported where the browser has no push', async () => {
    expect(await pushState(fakeBrowser(null).browser)).toBe('unsupported');
    expect(await turnOn(fakeBrowser(null).browser)).toBe('unsupported');
  });

  it('says unavailable when the server has Web Push off', async () => {
    fakeServer({ publicKey: 404 });
    const { browser, subscribe } = fakeBrowser('granted');
    expect(await turnOn(browser)).toBe('unavailable');
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('says the push service could not be reached when subscribing fails, and keeps nothing half on', async () => {
    const server = fakeServer();
    const { browser, subscribe } = fakeBrowser('granted');
    subscribe.mockRejectedValueOnce(new DOMException('Registration failed - push service error', 'AbortError'));
    expect(await turnOn(browser)).toBe('unreachable');
    expect(server.subscriptions.size).toBe(0);
  });

  it('unsubscribes the browser again when Motus cannot register the subscription', async () => {
    fakeServer({ down: false });
    const { browser, unsubscribed } = fakeBrowser('granted');
    const fetchMock = vi.fn<typeof fetch>(async (input) =>
      String(input).endsWith('/public-key') ? json(200, { publicKey: key }) : Promise.reject(new TypeError('down')),
    );
    vi.stubGlobal('fetch', fetchMock);
    expect(await turnOn(browser)).toBe('unreachable');
    expect(unsubscribed).toHaveBeenCalled();
    expect(await pushState(browser)).toBe('off');
  });
});
