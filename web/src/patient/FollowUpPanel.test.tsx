import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { ApiError } from '../api/http.ts';
import { toProblem } from '../api/problem.ts';
import { aPatientRecord, aPendingFollowUp, fakePatientServices } from '../testing/fixtures.ts';
import { FollowUpPanel } from './FollowUpPanel.tsx';
import type { NewEntry } from './offline/outbox.ts';
import { PatientContext, type Delivery, type PatientServices } from './usePatient.ts';

function renderPanel(overrides: Partial<PatientServices>) {
  return render(
    <PatientContext.Provider value={fakePatientServices({ record: aPatientRecord({ timeZone: 'UTC' }), ...overrides })}>
      <FollowUpPanel />
    </PatientContext.Provider>,
  );
}

test('listsTheServersPendingFollowUpsWithDueTimeAndWindowInThePatientsZone', () => {
  const { container } = renderPanel({
    followUps: [
      aPendingFollowUp(),
      aPendingFollowUp({ sessionId: 's-2', status: 'UPCOMING', dueAt: '2026-11-26T15:00:00Z' }),
    ],
  });
  const items = [...container.querySelectorAll('#follow-ups [data-testid="follow-up-item"]')];
  expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['OPEN', 'UPCOMING']);
  expect(items[0]!.querySelector('[data-field="follow-up-window"]')?.textContent).toMatch(
    /Due at 10:20.*Answer between 09:50.* and 12:20/,
  );
  expect(items[0]!.querySelector('form[data-state="due"]')).not.toBeNull();
  expect(items[1]!.querySelector('form[data-state="pending"]')).not.toBeNull();
});

test('nothingPendingShowsNothing', () => {
  const { container } = renderPanel({ followUps: [] });
  expect(container.querySelector('#follow-ups')).toBeNull();
});

test('anAnswerIsAFollowUpCheckInAndTheServersAdviceIsShownEvenWhenLate', async () => {
  const sent: NewEntry[] = [];
  const late = 'This follow-up came after the window: this session two-hour check is not assessed.';
  const send = vi.fn(async (entry: NewEntry): Promise<Delivery> => {
    sent.push(entry);
    return { state: 'delivered', answer: { late: true, advice: [{ code: 'FOLLOW_UP_LATE', text: late }] } };
  });
  const { container } = renderPanel({ followUps: [aPendingFollowUp()], send });
  fireEvent.click(container.querySelector('input[name="follow-up-5e550000-0000-4000-8000-000000000001"][value="4"]')!);
  fireEvent.submit(container.querySelector('form[data-state="due"]')!);
  await waitFor(() => expect(container.querySelector('[data-testid="follow-up-advice"]')).not.toBeNull());
  const entry = sent[0]!;
  expect(entry.kind === 'check-in' && entry.body).toMatchObject({
    kind: 'FOLLOW_UP',
    pain: 4,
    sessionId: aPendingFollowUp().sessionId,
  });
  expect(container.querySelector('[data-testid="follow-up-advice"]')?.textContent).toBe(late);
  expect(container.querySelector('[data-state="answered"]')?.getAttribute('data-late')).toBe('true');
});

test('tooEarlyShowsTheServersDetailAndForgetsTheRefusedEntry', async () => {
  const detail = 'The follow-up opens at 09:50 UTC (in 40 minutes)';
  const dismiss = vi.fn(async () => undefined);
  const error = new ApiError(toProblem({ title: 'Too early', detail, windowOpensAt: '2026-11-26T09:50:00Z' }, 422));
  const send = vi.fn(async (): Promise<Delivery> => ({ state: 'refused', error, message: 'refused' }));
  const { container } = renderPanel({ followUps: [aPendingFollowUp({ status: 'UPCOMING' })], send, dismiss });
  fireEvent.click(container.querySelector('input[value="2"]')!);
  fireEvent.submit(container.querySelector('form[data-state="pending"]')!);
  expect((await screen.findByRole('alert')).textContent).toBe(detail);
  expect(dismiss).toHaveBeenCalledTimes(1);
});

test('anAnswerWaitingInTheOutboxIsSaidSo', () => {
  const f = aPendingFollowUp();
  const { container } = renderPanel({
    followUps: [f],
    waiting: [
      {
        kind: 'check-in',
        key: 'k',
        patientId: 'p',
        label: 'x',
        queuedAt: '2026-11-26T10:00:00Z',
        attempts: 1,
        nextAttemptAt: 0,
        state: 'waiting',
        body: { kind: 'FOLLOW_UP', pain: 3, sessionId: f.sessionId },
      },
    ],
  });
  expect(container.querySelector('[data-testid="follow-up-item"]')?.textContent).toContain('saved on this phone');
});
