import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { NotifyMe } from './NotifyMe.tsx';
import type { PushBrowser } from './pushDevice.ts';

function browserWith(
  permission: NotificationPermission | null,
  manager: PushManager | null,
): PushBrowser & {
  requestPermission: ReturnType<typeof vi.fn>;
} {
  return {
    permission: () => permission,
    requestPermission: vi.fn(async () => 'denied' as NotificationPermission),
    pushManager: async () => manager,
  };
}

const noSubscription = { getSubscription: async () => null } as unknown as PushManager;

test('showsOffAndATurnOnButtonWithoutAskingTheBrowserOnLoad', async () => {
  const browser = browserWith('default', noSubscription);
  render(<NotifyMe purpose="reminders" browser={browser} />);
  expect(screen.getByRole('heading', { name: 'Notify me on this device' })).toBeTruthy();
  await waitFor(() => expect(screen.getByTestId('notify-me-state').textContent).toBe('Off on this device.'));
  expect(browser.requestPermission).not.toHaveBeenCalled();
});

test('askingOnClickAndBeingDeniedShowsBlockedByTheBrowser', async () => {
  const browser = browserWith('default', noSubscription);
  render(<NotifyMe purpose="reminders" browser={browser} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Turn on' }));
  await waitFor(() => expect(screen.getByTestId('notify-me-state').textContent).toContain('Blocked by the browser'));
  expect(browser.requestPermission).toHaveBeenCalledOnce();
  expect(screen.queryByRole('button', { name: 'Turn on' })).toBeNull();
});

test('aBrowserWithoutPushSaysSoAndOffersNothing', async () => {
  render(<NotifyMe purpose="reminders" browser={browserWith(null, null)} />);
  await waitFor(() =>
    expect(screen.getByTestId('notify-me-state').textContent).toBe(
      'This browser cannot show notifications from Motus.',
    ),
  );
  expect(screen.queryByRole('button')).toBeNull();
});

test('anOnSubscriptionOffersToTurnItOff', async () => {
  const subscribed = {
    getSubscription: async () => ({ endpoint: 'https://push.example.net/x' }),
  } as unknown as PushManager;
  render(<NotifyMe purpose="urgent alerts" browser={browserWith('granted', subscribed)} />);
  expect(await screen.findByRole('button', { name: 'Turn off on this device' })).toBeTruthy();
  expect(screen.getByText('For urgent alerts, even when Motus is closed.')).toBeTruthy();
});
