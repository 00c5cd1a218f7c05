import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { DeadLetter, DeadLetterPage, FailedReminder, FailedReminderPage } from '../../api/deliveryProblems.ts';
import { ApiError } from '../../api/http.ts';
import { DeliveryScreen, type DeliveryServices } from './DeliveryScreen.tsx';
import { initialList, listReducer } from './retryList.ts';

function aDeadLetter(overrides: Partial<DeadLetter> = {}): DeadLetter {
  return {
    id: 'd1',
    recipientSubject: '7e5a0c1e-0000-4000-8000-000000000001',
    recipientRole: 'STAFF',
    channel: 'EMAIL',
    topic: 'URGENT_ALERT',
    status: 'DEAD',
    attempts: 1,
    lastError: "Undeliverable: The recipient's account is deactivated",
    createdAt: '2026-12-03T09:12:00Z',
    lastAttemptAt: '2026-12-03T09:12:02Z',
    nextAttemptAt: '2026-12-03T09:12:00Z',
    ...overrides,
  };
}

function aFailedReminder(overrides: Partial<FailedReminder> = {}): FailedReminder {
  return {
    id: 'r1',
    patientId: '0a7e0000-0000-4000-8000-000000000002',
    kind: 'FOLLOW_UP_DUE',
    dueAt: '2027-01-11T10:20:00Z',
    attempts: 5,
    lastError: 'java.time.zone.ZoneRulesException: Unknown time-zone ID: Mars/Olympus_Mons',
    failedAt: '2027-01-11T10:20:01Z',
    ...overrides,
  };
}

const page = <T,>(items: T[], next: string | null = null) => Promise.resolve({ items, next });

function services(overrides: Partial<DeliveryServices> = {}): DeliveryServices {
  return {
    deadLetters: () => page([aDeadLetter()]),
    failedReminders: () => page([aFailedReminder()]),
    retryDeadLetter: () => Promise.resolve(),
    retryFailedReminder: () => Promise.resolve(),
    ...overrides,
  };
}

function conflict(detail: string) {
  return new ApiError({ type: 'urn:motus:problem:conflict', title: 'Conflict', status: 409, detail, extensions: {} });
}

describe('the delivery problems screen', () => {
  it('lists dead letters and failed reminders with what, channel, recipient, attempts and last error', async () => {
    const { container } = render(<DeliveryScreen services={services()} />);
    await screen.findByRole('button', { name: /^Retry: Urgent alert/ });
    await screen.findByRole('button', { name: /^Retry: Follow-up reminder/ });
    const letter = container.querySelector('[data-dead-letter="d1"]') as HTMLElement;
    for (const text of ['Urgent alert', 'Email', 'Therapist or admin', '1', 'account is deactivated']) {
      expect(letter.textContent).toContain(text);
    }
    const reminder = container.querySelector('[data-failed-reminder="r1"]') as HTMLElement;
    for (const text of ['Follow-up reminder', 'Patient', '5', 'Mars/Olympus_Mons']) {
      expect(reminder.textContent).toContain(text);
    }
    // the recipient is named by role only: no subject, no patient id on the screen
    expect(container.textContent).not.toContain('7e5a0c1e');
    expect(container.textContent).not.toContain('0a7e0000');
    expect(screen.queryByTestId('delivery-empty')).toBeNull();
  });

  it('retries a dead letter and a failed reminder through their endpoints and says so', async () => {
    const retryDeadLetter = vi.fn(() => Promise.resolve());
    const retryFailedReminder = vi.fn(() => Promise.resolve());
    const { container } = render(<DeliveryScreen services={services({ retryDeadLetter, retryFailedReminder })} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Retry: Urgent alert by Email/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Retry: Follow-up reminder/ }));
    await waitFor(() => expect(retryDeadLetter).toHaveBeenCalledWith('d1'));
    expect(retryFailedReminder).toHaveBeenCalledWith('r1');
    const letter = container.querySelector('[data-dead-letter="d1"]') as HTMLElement;
    await waitFor(() => expect(within(letter).getByText('Sent again')).toBeTruthy());
    expect(within(letter).queryByRole('button')).toBeNull();
  });

  it("shows the server's words when a retry is refused and keeps the button", async () => {
    const retryDeadLetter = vi.fn(() =>
      Promise.reject(conflict('Only a dead letter can be retried; this one is SENT.')),
    );
    render(<DeliveryScreen services={services({ retryDeadLetter })} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Retry: Urgent alert/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('this one is SENT');
    expect(screen.getByRole('button', { name: /^Retry: Urgent alert/ })).toBeTruthy();
  });

  it('says plainly when there is nothing to fix', async () => {
    render(<DeliveryScreen services={services({ deadLetters: () => page([]), failedReminders: () => page([]) })} />);
    expect((await screen.findByTestId('delivery-empty')).textContent).toContain('No delivery problems');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('loads the next page of dead letters with the cursor it was given', async () => {
    const deadLetters = vi.fn<(cursor: string | null) => Promise<DeadLetterPage>>((cursor) =>
      cursor === null ? page([aDeadLetter()], 'c2') : page([aDeadLetter({ id: 'd2', topic: 'ALERT_DIGEST' })]),
    );
    const failedReminders = vi.fn<(cursor: string | null) => Promise<FailedReminderPage>>(() => page([]));
    const { container } = render(<DeliveryScreen services={services({ deadLetters, failedReminders })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(container.querySelector('[data-dead-letter="d2"]')).not.toBeNull());
    expect(deadLetters).toHaveBeenLastCalledWith('c2');
    expect(container.querySelector('[data-dead-letter="d1"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says when a list cannot be loaded', async () => {
    render(
      <DeliveryScreen
        services={services({ failedReminders: () => Promise.reject(new Error('No answer from the server')) })}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('No answer from the server');
    expect(screen.queryByTestId('delivery-empty')).toBeNull();
  });
});

describe('the list reducer', () => {
  it('appends a further page and keeps the retries, and a fresh first page forgets them', () => {
    let state = listReducer(initialList<{ id: string }>(), {
      type: 'loaded',
      page: { items: [{ id: 'a' }], next: 'n' },
      append: false,
    });
    state = listReducer(state, { type: 'retried', id: 'a' });
    state = listReducer(state, { type: 'loaded', page: { items: [{ id: 'b' }], next: null }, append: true });
    expect(state.items).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(state.retries['a']).toEqual({ kind: 'retried' });
    state = listReducer(state, { type: 'loaded', page: { items: [{ id: 'c' }], next: null }, append: false });
    expect(state.items).toEqual([{ id: 'c' }]);
    expect(state.retries).toEqual({});
  });
});
