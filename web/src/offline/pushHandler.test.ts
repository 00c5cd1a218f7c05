import { describe, expect, it, vi } from 'vitest';
import { installPushHandlers, type PushScope } from './pushHandler.ts';

type Listener = (event: never) => void;

/** A fake ServiceWorkerGlobalScope on https://motus.example. */
function fakeScope(
  windows: { url: string; focus: () => Promise<unknown>; navigate?: (url: string) => Promise<unknown> }[] = [],
) {
  const listeners = new Map<string, Listener>();
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const opened: string[] = [];
  const scope = {
    location: { origin: 'https://motus.example' },
    registration: {
      showNotification: vi.fn(async (title: string, options: Record<string, unknown>) => {
        shown.push({ title, options });
      }),
    },
    clients: {
      matchAll: vi.fn(async () => windows),
      openWindow: vi.fn(async (url: string) => {
        opened.push(url);
        return null;
      }),
    },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  installPushHandlers(scope as unknown as PushScope);
  const fire = async (type: string, event: Record<string, unknown>) => {
    let work: Promise<unknown> = Promise.resolve();
    (listeners.get(type) as (e: unknown) => void)({ ...event, waitUntil: (w: Promise<unknown>) => (work = w) });
    await work;
  };
  const push = (payload: unknown) => fire('push', { data: payload === null ? null : { json: () => payload } });
  const click = (data: unknown) => {
    const close = vi.fn();
    return fire('notificationclick', { notification: { data, close } }).then(() => close);
  };
  return { shown, opened, push, click };
}

describe('the service worker push handler', () => {
  it('shows the title, tag and link the push carries', async () => {
    const sw = fakeScope();
    await sw.push({ title: 'You have a reminder in Motus', url: 'https://motus.example/messages', tag: 'n-1' });
    expect(sw.shown).toEqual([
      {
        title: 'You have a reminder in Motus',
        options: { tag: 'n-1', icon: '/icon-192.png', data: { url: 'https://motus.example/messages' } },
      },
    ]);
  });

  it('still shows a notification for an empty or unreadable push, linking home', async () => {
    const sw = fakeScope();
    await sw.push(null);
    await sw.push('not an object');
    expect(sw.shown.map((n) => n.title)).toEqual([
      'You have a new notification in Motus',
      'You have a new notification in Motus',
    ]);
    expect(sw.shown.map((n) => n.options['data'])).toEqual([
      { url: 'https://motus.example/' },
      { url: 'https://motus.example/' },
    ]);
  });

  it('keeps a link to another site out: the notification opens Motus home instead', async () => {
    const sw = fakeScope();
    await sw.push({ title: 'Hi', url: 'https://evil.example/phish' });
    await sw.push({ title: 'Hi', url: 'javascript:alert(1)' });
    expect(sw.shown.map((n) => n.options['data'])).toEqual([
      { url: 'https://motus.example/' },
      { url: 'https://motus.example/' },
    ]);
  });

  it('opens the link in a new window when no Motus window is open, and closes the notification', async () => {
    const sw = fakeScope([{ url: 'https://elsewhere.example/', focus: vi.fn() }]);
    const close = await sw.click({ url: 'https://motus.example/patients/p-1' });
    expect(sw.opened).toEqual(['https://motus.example/patients/p-1']);
    expect(close).toHaveBeenCalled();
  });

  it('focuses an open Motus window and takes it to the link instead of opening another', async () => {
    const focus = vi.fn(async () => undefined);
    const navigate = vi.fn(async () => undefined);
    const sw = fakeScope([{ url: 'https://motus.example/', focus, navigate }]);
    await sw.click({ url: 'https://motus.example/messages' });
    expect(focus).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith('https://motus.example/messages');
    expect(sw.opened).toEqual([]);
  });

  it('opens only this origin even if a notification was given another link', async () => {
    const sw = fakeScope();
    await sw.click({ url: 'https://evil.example/' });
    await sw.click(null);
    expect(sw.opened).toEqual(['https://motus.example/', 'https://motus.example/']);
  });
});
