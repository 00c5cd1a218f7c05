import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { expect, test, vi } from 'vitest';
import type { AppNotification } from '../api/notifications.ts';
import { jsonResponse, problemResponse } from '../testing/fixtures.ts';
import { NotificationBell } from './NotificationBell.tsx';

const urgent: AppNotification = {
  id: 'n1',
  topic: 'URGENT_ALERT',
  title: 'You have a new urgent alert in Motus',
  count: 1,
  link: '/patients/0a7e0000-0000-4000-8000-000000000002',
  createdAt: '2026-12-04T09:00:00Z',
  readAt: null,
};
const digest: AppNotification = {
  id: 'n2',
  topic: 'ALERT_DIGEST',
  title: 'You have 3 new alerts in Motus',
  count: 3,
  link: '/',
  createdAt: '2026-12-03T07:00:00Z',
  readAt: '2026-12-03T08:00:00Z',
};

/** A fake patient-service at the fetch boundary: an unread count and a list that marking read changes. */
function fakeCentre(notifications: AppNotification[], options: { failMarkAll?: boolean } = {}) {
  const read = new Set(notifications.filter((n) => n.readAt !== null).map((n) => n.id));
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const url = String(input);
    if (url === '/api/v1/notifications/unread-count') return jsonResponse({ unread: notifications.length - read.size });
    if (url === '/api/v1/notifications') return jsonResponse(notifications);
    if (url === '/api/v1/notifications/read' && init?.method === 'POST') {
      if (options.failMarkAll) return problemResponse(503, 'Service Unavailable');
      notifications.forEach((n) => read.add(n.id));
      return jsonResponse({ unread: 0 });
    }
    const one = /^\/api\/v1\/notifications\/([^/]+)\/read$/.exec(url);
    if (one?.[1] && init?.method === 'POST') {
      read.add(one[1]);
      return jsonResponse({ ...notifications.find((n) => n.id === one[1]), readAt: '2026-12-04T10:00:00Z' });
    }
    return problemResponse(404, 'Not Found');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderBell() {
  return render(
    <LocationProvider>
      <NotificationBell pushPurpose="reminders" />
    </LocationProvider>,
  );
}

const bell = () => screen.getByRole('button', { name: /^Notifications/ });

test('theBellShowsTheUnreadCountAndAnnouncesIt', async () => {
  fakeCentre([urgent, digest]);
  const { container } = renderBell();
  await waitFor(() => expect(bell().textContent).toContain('(1 unread)'));
  expect(container.querySelector('[data-notification-count]')?.textContent).toBe('1');
  const live = container.querySelector('[aria-live="polite"]');
  expect(live?.textContent).toBe('1 unread notification');
});

test('withNothingUnreadTheBellShowsNoCount', async () => {
  const fetchMock = fakeCentre([digest]);
  const { container } = renderBell();
  await waitFor(() => expect(fetchMock).toHaveBeenCalled());
  await waitFor(() => expect(bell().getAttribute('aria-expanded')).toBe('false'));
  expect(container.querySelector('[data-notification-count]')).toBeNull();
  expect(bell().textContent).not.toContain('unread');
});

test('openingANotificationMarksItReadGoesWhereItBelongsAndTheCountDrops', async () => {
  const fetchMock = fakeCentre([urgent, digest]);
  const { container } = renderBell();
  await waitFor(() => expect(bell().textContent).toContain('(1 unread)'));
  fireEvent.click(bell());
  expect(bell().getAttribute('aria-expanded')).toBe('true');
  const link = await screen.findByRole('link', { name: /urgent alert/ });
  expect(link.getAttribute('href')).toBe('/patients/0a7e0000-0000-4000-8000-000000000002');
  expect(link.textContent).toContain('Unread:');
  expect(screen.getByRole('link', { name: /3 new alerts/ }).textContent).not.toContain('Unread:');
  fireEvent.click(link);
  await waitFor(() => expect(location.pathname).toBe('/patients/0a7e0000-0000-4000-8000-000000000002'));
  expect(
    fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/notifications/n1/read' && init?.method === 'POST'),
  ).toBe(true);
  await waitFor(() => expect(container.querySelector('[data-notification-count]')).toBeNull());
  expect(container.querySelector('#notification-list')).toBeNull();
});

test('markAllReadEmptiesTheBellAndAFailureIsSaid', async () => {
  fakeCentre([urgent, { ...digest, readAt: null }]);
  const { container } = renderBell();
  await waitFor(() => expect(bell().textContent).toContain('(2 unread)'));
  fireEvent.click(bell());
  fireEvent.click(await screen.findByRole('button', { name: 'Mark all read' }));
  await waitFor(() => expect(container.querySelector('[data-notification-count]')).toBeNull());
  expect(screen.queryByRole('button', { name: 'Mark all read' })).toBeNull();
  expect(container.querySelectorAll('.notification--read')).toHaveLength(2);
});

test('aFailedMarkAllReadIsSaidAndTheCountStays', async () => {
  fakeCentre([urgent], { failMarkAll: true });
  const { container } = renderBell();
  await waitFor(() => expect(bell().textContent).toContain('(1 unread)'));
  fireEvent.click(bell());
  fireEvent.click(await screen.findByRole('button', { name: 'Mark all read' }));
  expect((await screen.findByRole('alert')).textContent).toContain('your notifications');
  expect(container.querySelector('[data-notification-count]')?.textContent).toBe('1');
});

test('escapeClosesTheListAndGivesTheFocusBackToTheBell', async () => {
  fakeCentre([urgent]);
  renderBell();
  fireEvent.click(bell());
  await screen.findByRole('link', { name: /urgent alert/ });
  fireEvent.keyDown(document, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('link', { name: /urgent alert/ })).toBeNull());
  expect(document.activeElement).toBe(bell());
  expect(bell().getAttribute('aria-expanded')).toBe('false');
});

test('theCountIsNotAskedForWhileTheTabIsHiddenAndIsAskedAtOnceWhenShown', async () => {
  let visibility: DocumentVisibilityState = 'hidden';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  const fetchMock = fakeCentre([urgent]);
  renderBell();
  await Promise.resolve();
  expect(fetchMock).not.toHaveBeenCalled();
  visibility = 'visible';
  document.dispatchEvent(new Event('visibilitychange'));
  await waitFor(() => expect(bell().textContent).toContain('(1 unread)'));
  expect(fetchMock).toHaveBeenCalledTimes(1);
});
