import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { NewEntry } from './offline/outbox.ts';
import { aTodayRoutine, fakePatientServices, jsonResponse, problemResponse } from '../testing/fixtures.ts';
import { Today } from './Today.tsx';
import { PatientContext, type Delivery, type PatientServices } from './usePatient.ts';

let sent: NewEntry[];

function services(overrides: Partial<PatientServices> = {}): PatientServices {
  return fakePatientServices({
    send: async (entry): Promise<Delivery> => {
      sent.push(entry);
      return { state: 'delivered', answer: { advice: [] } };
    },
    ...overrides,
  });
}

function renderToday(answer: Response, overrides: Partial<PatientServices> = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => answer.clone()),
  );
  return render(
    <PatientContext.Provider value={services(overrides)}>
      <Today />
    </PatientContext.Provider>,
  );
}

beforeEach(() => {
  sent = [];
});

afterEach(() => {
  vi.useRealTimers();
});

test('withoutAPlanItSaysSoInPlainWordsAndStillAsksForThePain', async () => {
  const { container } = renderToday(problemResponse(404, 'Not found'));
  expect((await screen.findByText(/Your therapist has not given you a programme yet/)).id).toBe('no-plan');
  expect(container.querySelector('#daily-check-in')).not.toBeNull();
});

test('showsEachItemWithItsInstructionsDrawingAndTimer', async () => {
  const { container } = renderToday(jsonResponse(aTodayRoutine()));
  await waitFor(() => expect(container.querySelectorAll('[data-item-id]')).toHaveLength(2));
  const stretch = container.querySelector('[data-item-id="item-stretch"]')!;
  expect(stretch.querySelector('h3')?.textContent).toBe('Hamstring stretch');
  expect(stretch.textContent).toContain('Lie on your back and loop a towel around one foot.');
  expect(stretch.querySelector('img')?.getAttribute('alt')).toBe('Drawing: how to do Hamstring stretch');
  expect(stretch.querySelector('[data-field="timer-remaining"]')?.textContent).toBe('0:30');
  const birdDog = container.querySelector('[data-item-id="item-bird-dog"]')!;
  expect(birdDog.querySelector('[data-field="set-counter"]')?.textContent).toContain(
    'Sets done: 0 of 2 (8 repetitions each)',
  );
});

test('thePatientPrintsTheirProgrammeInTheLanguageTheyAreReading', async () => {
  const { container } = renderToday(jsonResponse(aTodayRoutine()));
  await waitFor(() => expect(container.querySelector('#print-programme')).not.toBeNull());
  const link = container.querySelector<HTMLAnchorElement>('#print-programme')!;
  expect(link.getAttribute('href')).toBe('/api/v1/plans/7c9e6679-7425-40de-944b-e07fc1f90ae7/handout.pdf?language=en');
  expect(link.hasAttribute('download')).toBe(true);
});

test('theHoldTimerCountsDownWithTheBreathingPacerAndSaysItInTheLiveRegion', async () => {
  const { container } = renderToday(jsonResponse(aTodayRoutine()));
  await waitFor(() => expect(container.querySelector('[data-item-id="item-stretch"]')).not.toBeNull());
  vi.useFakeTimers();
  const stretch = container.querySelector('[data-item-id="item-stretch"]')!;
  fireEvent.click(stretch.querySelector('[data-action="start-timer"]')!);
  await act(async () => {
    vi.advanceTimersByTime(4000);
  });
  expect(stretch.querySelector('[data-field="timer-remaining"]')?.textContent).toBe('0:26');
  expect(stretch.querySelector('[data-field="timer-announcement"]')?.textContent).toBe('Hold 1 of 2: 30 seconds.');
  // holdLabel "pause" (the server always sends one): the pacer says "pause", never "hold your breath".
  expect(stretch.querySelector('[data-field="breathing"]')?.textContent).toBe('Pause 2 of 2');
});

test('thePacerSaysHoldYourBreathOnlyWhenTheServersHoldLabelIsHold', async () => {
  const routine = aTodayRoutine();
  const stretch = routine.items[0]!;
  routine.items[0] = {
    ...stretch,
    timer: { ...stretch.timer, breathing: { inhaleCounts: 3, holdCounts: 2, exhaleCounts: 4, holdLabel: 'hold' } },
  };
  const { container } = renderToday(jsonResponse(routine));
  await waitFor(() => expect(container.querySelector('[data-item-id="item-stretch"]')).not.toBeNull());
  vi.useFakeTimers();
  fireEvent.click(container.querySelector('[data-item-id="item-stretch"] [data-action="start-timer"]')!);
  await act(async () => {
    vi.advanceTimersByTime(4000);
  });
  expect(container.querySelector('[data-field="breathing"]')?.textContent).toBe('Hold your breath 2 of 2');
});

test('theDailyPainIsSentWithAKeyAndTheTimeItWasGiven', async () => {
  const { container } = renderToday(problemResponse(404, 'Not found'));
  await screen.findByText(/has not given you a programme/);
  fireEvent.click(container.querySelector('input[name="daily-pain"][value="4"]')!);
  fireEvent.click(container.querySelector('input[name="daily-red-flag-none"]')!);
  fireEvent.submit(container.querySelector('#daily-check-in')!);
  await waitFor(() => expect(sent).toHaveLength(1));
  const entry = sent[0]!;
  expect(entry.kind).toBe('check-in');
  expect(entry.key).toMatch(/^[0-9a-f-]{32,36}$/);
  expect(entry.patientId).toBe('0a7e0000-0000-4000-8000-000000000002');
  expect(entry.kind === 'check-in' && entry.body.kind).toBe('DAILY');
  expect(entry.kind === 'check-in' && entry.body.pain).toBe(4);
  expect(entry.kind === 'check-in' && entry.body.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(entry.kind === 'check-in' && entry.body.redFlags).toEqual([]);
  expect(container.querySelector('#check-in-saved')?.textContent).toContain('4 out of 10');
});

test('aSessionNeedsSomethingDoneAndThePainBeforeThenSendsWhatWasDone', async () => {
  const { container } = renderToday(jsonResponse(aTodayRoutine()));
  await waitFor(() => expect(container.querySelector('#record-session')).not.toBeNull());
  fireEvent.submit(container.querySelector('#record-session')!);
  expect((await screen.findByRole('alert')).textContent).toContain('Tick "I did this today"');

  const birdDog = container.querySelector('[data-item-id="item-bird-dog"]')!;
  fireEvent.click(birdDog.querySelector('[data-action="set-done"]')!);
  fireEvent.click(birdDog.querySelector('[data-action="set-done"]')!);
  expect((birdDog.querySelector('input[name="done"]') as HTMLInputElement).checked).toBe(true);
  fireEvent.submit(container.querySelector('#record-session')!);
  expect((await screen.findByRole('alert')).textContent).toContain('pain before');

  fireEvent.click(container.querySelector('input[name="pain-before"][value="3"]')!);
  fireEvent.click(container.querySelector('input[name="pain-during"][value="2"]')!);
  fireEvent.submit(container.querySelector('#record-session')!);
  expect((await screen.findByRole('alert')).textContent).toContain('warning signs');
  fireEvent.click(container.querySelector('input[name="session-red-flag-none"]')!);
  fireEvent.submit(container.querySelector('#record-session')!);
  await waitFor(() => expect(sent).toHaveLength(1));
  const entry = sent[0]!;
  if (entry.kind !== 'session') throw new Error('not a session');
  expect(entry.body.planId).toBe('7c9e6679-7425-40de-944b-e07fc1f90ae7');
  expect(entry.body.planVersion).toBe(1);
  expect(entry.body.items).toEqual([
    { planItemId: 'item-bird-dog', exerciseId: 'ex-bird-dog', sets: 2, reps: 8, durationMinutes: 3 },
  ]);
  expect(entry.body.painBefore).toBe(3);
  expect(entry.body.painDuringPeak).toBe(2);
  expect(entry.body.painAfter).toBeUndefined();
  expect(entry.body.redFlags).toEqual([]);
  expect(entry.body.endedAt >= entry.body.startedAt).toBe(true);
});

test('theTwoMinuteSessionIsLoggedAsTwoMinutes', async () => {
  const { container } = renderToday(jsonResponse(aTodayRoutine()));
  await waitFor(() => expect(container.querySelector('[data-action="micro-session"]')).not.toBeNull());
  fireEvent.click(container.querySelector('[data-action="micro-session"]')!);
  expect(container.querySelector('[data-timer="micro"] [data-field="timer-remaining"]')?.textContent).toBe('2:00');
  fireEvent.click(container.querySelector('[data-item-id="item-stretch"] input[name="done"]')!);
  fireEvent.click(container.querySelector('input[name="pain-before"][value="2"]')!);
  fireEvent.click(container.querySelector('input[name="session-red-flag-none"]')!);
  fireEvent.submit(container.querySelector('#record-session')!);
  await waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0]!.kind === 'session' && sent[0]!.body.items[0]?.durationMinutes).toBe(2);
});

test('whatIsStillWaitingIsShownAndARefusalCanBeRemoved', async () => {
  const dismiss = vi.fn(async () => undefined);
  const base = { patientId: 'p', queuedAt: '2026-11-27T08:00:00Z', attempts: 1, nextAttemptAt: 0 };
  const { container } = renderToday(problemResponse(404, 'Not found'), {
    dismiss,
    waiting: [
      {
        ...base,
        kind: 'check-in',
        key: 'k1',
        label: 'Pain today: 4 out of 10',
        state: 'waiting',
        error: 'No connection: it will be sent when you are back online.',
        body: { kind: 'DAILY', pain: 4 },
      },
      {
        ...base,
        kind: 'check-in',
        key: 'k2',
        label: 'Pain today: 5 out of 10',
        state: 'failed',
        error: 'The server did not accept it: too old',
        body: { kind: 'DAILY', pain: 5 },
      },
    ],
  });
  await screen.findByText(/has not given you a programme/);
  expect(container.querySelector('#waiting-heading')?.textContent).toBe('Waiting to be sent (1)');
  expect(container.querySelector('#waiting li[data-key="k1"]')?.textContent).toContain('No connection');
  fireEvent.click(screen.getByRole('button', { name: 'OK, remove it' }));
  expect(dismiss).toHaveBeenCalledWith('k2');
});

test('eachItemSaysWhatToDoInOneLineWithOnlyTheControlThatFitsIt', async () => {
  const routine = aTodayRoutine();
  const walk = {
    ...routine.items[1]!,
    itemId: 'item-walk',
    name: 'Brisk walk',
    kind: 'AEROBIC' as const,
    timer: { durationSeconds: 1200, sessionsToday: 1, microSession: false },
  };
  routine.items = [{ ...routine.items[0]!, notes: 'Each leg.' }, routine.items[1]!, walk];
  const { container } = renderToday(jsonResponse(routine));
  await waitFor(() => expect(container.querySelectorAll('[data-item-id]')).toHaveLength(3));
  const item = (id: string) => container.querySelector(`[data-item-id="${id}"]`)!;

  expect(item('item-stretch').querySelector('.routine-item__dosage')?.textContent).toBe(
    'Hold 30 seconds, 2 times on each leg, rest 15 seconds between',
  );
  expect(item('item-stretch').querySelector('.hold-timer__phase')?.textContent).toBe(
    '2 holds of 30 seconds on each leg',
  );
  expect(item('item-stretch').querySelector('[data-field="set-counter"]')).toBeNull();

  // 2 sets of 8 with a 3-minute block: the set counter only, no 3-minute timer beside it.
  expect(item('item-bird-dog').querySelector('.routine-item__dosage')?.textContent).toBe(
    '2 sets of 8 repetitions, rest 30 seconds between',
  );
  expect(item('item-bird-dog').querySelector('[data-field="set-counter"]')).not.toBeNull();
  expect(item('item-bird-dog').querySelector('[data-timer]')).toBeNull();

  expect(item('item-walk').querySelector('.routine-item__dosage')?.textContent).toBe('20 minutes');
  expect(item('item-walk').querySelector('[data-field="timer-remaining"]')?.textContent).toBe('20:00');
  expect(item('item-walk').querySelector('[data-field="set-counter"]')).toBeNull();
});
