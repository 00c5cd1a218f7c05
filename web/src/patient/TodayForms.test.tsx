import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { aPatientRecord, aTodayRoutine, fakePatientServices, jsonResponse } from '../testing/fixtures.ts';
import { forgetDrafts, loadDraft, type DraftForm } from './drafts/drafts.ts';
import type { NewEntry } from './offline/outbox.ts';
import { Today } from './Today.tsx';
import { PatientContext, type Delivery } from './usePatient.ts';

let sent: NewEntry[];

function renderToday(delivery: Delivery['state'] = 'delivered', subject = 'subject-anna') {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => jsonResponse(aTodayRoutine())),
  );
  const services = fakePatientServices({
    record: aPatientRecord({ subject }),
    send: async (entry): Promise<Delivery> => {
      sent.push(entry);
      return delivery === 'delivered' ? { state: 'delivered', answer: { advice: [] } } : { state: 'waiting' };
    },
  });
  return render(
    <PatientContext.Provider value={services}>
      <Today />
    </PatientContext.Provider>,
  );
}

/** Polls the drafts database until this person's draft of the form matches (or is gone, for undefined). */
async function draftIs(form: DraftForm, expected: object | undefined, subject = 'subject-anna') {
  await waitFor(async () => {
    const kept = await loadDraft(subject, form);
    if (expected === undefined) expect(kept).toBeUndefined();
    else expect(kept).toMatchObject(expected);
  });
}

/** Waits until the form has read back what was kept (so "nothing restored" is a real answer). */
async function draftRead(container: Element, form: string) {
  await waitFor(() => expect(container.querySelector(`${form}[data-draft="ready"]`)).not.toBeNull());
}

const q = (container: Element, selector: string) => container.querySelector(selector) as HTMLInputElement;

async function doBirdDogAndPain(container: Element) {
  await waitFor(() => expect(container.querySelector('[data-item-id="item-bird-dog"]')).not.toBeNull());
  const birdDog = container.querySelector('[data-item-id="item-bird-dog"]')!;
  fireEvent.click(birdDog.querySelector('[data-action="set-done"]')!);
  fireEvent.click(birdDog.querySelector('[data-action="set-done"]')!);
  fireEvent.click(q(container, 'input[name="pain-before"][value="3"]'));
  fireEvent.click(q(container, 'input[name="pain-during"][value="4"]'));
  fireEvent.click(q(container, 'input[name="session-red-flag-none"]'));
}

beforeEach(async () => {
  sent = [];
  await forgetDrafts();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test.each(['delivered', 'waiting'] as const)(
  'afterASessionIsSaved (%s) theWholeFormResetsAndTheSamePainsCannotMakeASecondSession',
  async (state) => {
    const { container } = renderToday(state);
    await doBirdDogAndPain(container);
    const stretch = container.querySelector('[data-item-id="item-stretch"]')!;
    fireEvent.click(stretch.querySelector('[data-action="start-timer"]')!);
    expect(stretch.querySelector('[data-timer]')?.getAttribute('data-phase')).toBe('hold');
    fireEvent.submit(container.querySelector('#record-session')!);
    await waitFor(() => expect(sent).toHaveLength(1));
    await waitFor(() => expect(q(container, '[data-item-id="item-bird-dog"] input[name="done"]').checked).toBe(false));
    expect(container.querySelector('[data-item-id="item-bird-dog"] [data-field="sets-done"]')?.textContent).toBe('0');
    expect(container.querySelector('[data-item-id="item-stretch"] [data-timer]')?.getAttribute('data-phase')).toBe(
      'ready',
    );
    expect(container.querySelectorAll('#record-session input:checked')).toHaveLength(0);
    expect(container.querySelector('#session-saved')?.textContent).toMatch(/saved/);

    // Picking a pain again and saving no longer sends the same session a second time.
    fireEvent.click(q(container, 'input[name="pain-before"][value="3"]'));
    fireEvent.click(q(container, 'input[name="session-red-flag-none"]'));
    fireEvent.submit(container.querySelector('#record-session')!);
    expect((await screen.findByRole('alert')).textContent).toContain('Tick "I did this today"');
    expect(sent).toHaveLength(1);
  },
);

test('aHalfFilledSessionSurvivesAReloadForTheSamePersonOnly', async () => {
  const first = renderToday();
  await doBirdDogAndPain(first.container);
  fireEvent.input(screen.getByLabelText(/Anything else/, { selector: '#session-note' }), {
    target: { value: 'Knee felt fine.' },
  });
  await draftIs('session', { fields: { note: 'Knee felt fine.', before: 3 } });
  first.unmount();

  const again = renderToday();
  await waitFor(() =>
    expect(q(again.container, '[data-item-id="item-bird-dog"] input[name="done"]')?.checked).toBe(true),
  );
  expect(again.container.querySelector('[data-item-id="item-bird-dog"] [data-field="sets-done"]')?.textContent).toBe(
    '2',
  );
  expect(q(again.container, 'input[name="pain-before"][value="3"]').checked).toBe(true);
  expect(q(again.container, 'input[name="session-red-flag-none"]').checked).toBe(true);
  expect(q(again.container, '#session-note').value).toBe('Knee felt fine.');
  again.unmount();

  const someoneElse = renderToday('delivered', 'subject-ben');
  await draftRead(someoneElse.container, '#record-session');
  expect(q(someoneElse.container, '[data-item-id="item-bird-dog"] input[name="done"]').checked).toBe(false);
  expect(q(someoneElse.container, 'input[name="pain-before"][value="3"]').checked).toBe(false);
  expect(localStorage.length).toBe(0);
});

test('aSavedSessionLeavesNoDraftBehind', async () => {
  const first = renderToday();
  await doBirdDogAndPain(first.container);
  fireEvent.submit(first.container.querySelector('#record-session')!);
  await waitFor(() => expect(sent).toHaveLength(1));
  await waitFor(() => expect(q(first.container, 'input[name="pain-before"][value="3"]').checked).toBe(false));
  await draftIs('session', undefined);
  first.unmount();

  const again = renderToday();
  await draftRead(again.container, '#record-session');
  expect(q(again.container, '[data-item-id="item-bird-dog"] input[name="done"]').checked).toBe(false);
  expect(q(again.container, 'input[name="pain-before"][value="3"]').checked).toBe(false);
});

test('theDailyCheckInKeepsItsPicksAcrossAReloadAndForgetsThemOnceSaved', async () => {
  const first = renderToday();
  await waitFor(() => expect(first.container.querySelector('#daily-check-in')).not.toBeNull());
  fireEvent.click(q(first.container, 'input[name="daily-pain"][value="6"]'));
  fireEvent.click(q(first.container, 'input[name="daily-red-flag-none"]'));
  fireEvent.input(first.container.querySelector('#daily-note')!, { target: { value: 'Bad night.' } });
  await draftIs('daily-check-in', { pain: 6, flags: [], note: 'Bad night.' });
  first.unmount();

  const again = renderToday();
  await waitFor(() => expect(q(again.container, 'input[name="daily-pain"][value="6"]').checked).toBe(true));
  expect(q(again.container, 'input[name="daily-red-flag-none"]').checked).toBe(true);
  expect(q(again.container, '#daily-note').value).toBe('Bad night.');
  fireEvent.submit(again.container.querySelector('#daily-check-in')!);
  await waitFor(() => expect(sent).toHaveLength(1));
  await waitFor(() => expect(q(again.container, 'input[name="daily-pain"][value="6"]').checked).toBe(false));
  await draftIs('daily-check-in', undefined);
  again.unmount();

  const third = renderToday();
  await draftRead(third.container, '#daily-check-in');
  expect(q(third.container, 'input[name="daily-pain"][value="6"]').checked).toBe(false);
});
