import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import { expect, test, vi } from 'vitest';
import type { TodayRoutine } from '../api/routine.ts';
import { aPatientRecord, aSessionView, aTodayRoutine, fakePatientServices } from '../testing/fixtures.ts';
import type { NewEntry } from './offline/outbox.ts';
import { RecordSession } from './RecordSession.tsx';
import { emptySessionDraft, sessionDraftReducer, type SessionChange } from './sessionForm.ts';
import type { Delivery } from './usePatient.ts';
import { PatientContext } from './usePatient.ts';

/** Each form starts at another second: the same start and pains would be the same session. */
let renders = 0;

/** Today's part: the form's state, with the walk ticked; `afterSave` sees each change the form asks for. */
function Form({ routine, onChange }: { routine: TodayRoutine; onChange: (change: SessionChange) => void }) {
  const [draft, dispatch] = useReducer(sessionDraftReducer, routine, (r) => ({
    ...emptySessionDraft(r),
    progress: { 'item-walk': { sets: 0, done: true } },
    startedAt: new Date(Date.UTC(2026, 10, 26, 8, 0, ++renders)).toISOString(),
  }));
  return (
    <RecordSession
      routine={routine}
      draft={draft}
      draftState="ready"
      dispatch={(change) => {
        onChange(change);
        if (change.type !== 'reset') dispatch(change);
      }}
    />
  );
}

function renderForm(delivery: Delivery, onChange: (change: SessionChange) => void = () => undefined) {
  const sent: NewEntry[] = [];
  const send = vi.fn(async (entry: NewEntry) => {
    sent.push(entry);
    return delivery;
  });
  const routine = aTodayRoutine();
  const walk = {
    ...routine.items[1]!,
    itemId: 'item-walk',
    exerciseId: 'ex-walk',
    name: 'Brisk walk',
    kind: 'AEROBIC' as const,
    dosage: { durationMinutes: 20, targetZoneLowPercent: 60, targetZoneHighPercent: 70 },
    timer: { durationSeconds: 1200, sessionsToday: 1, microSession: false },
  };
  const view = render(
    <PatientContext.Provider
      value={fakePatientServices({
        send,
        record: aPatientRecord({
          activityCeiling: {
            painCeiling: 5,
            default: false,
            reason: 'high baseline',
            setBy: 'tess',
            setAt: '2026-11-01T09:00:00Z',
          },
        }),
      })}
    >
      <Form routine={{ ...routine, items: [walk] }} onChange={onChange} />
    </PatientContext.Provider>,
  );
  return { ...view, sent };
}

function fill(container: Element, flags: string[] = ['NONE']) {
  fireEvent.click(container.querySelector('input[name="pain-before"][value="3"]')!);
  fireEvent.click(container.querySelector('input[name="pain-during"][value="6"]')!);
  for (const flag of flags)
    fireEvent.click(container.querySelector(`[data-testid="session-red-flags"] input[value="${flag}"]`)!);
}

test('afterSavingItShowsTheServersAdviceTextsOnlyTheFirstProminent', async () => {
  const session = aSessionView();
  const { container } = renderForm({ state: 'delivered', answer: session });
  fill(container);
  fireEvent.submit(container.querySelector('#record-session')!);
  const advice = await waitFor(() => {
    const found = container.querySelector('[data-testid="session-advice"]');
    if (!found) throw new Error('no advice yet');
    return found;
  });
  expect(advice.getAttribute('data-advice-code')).toBe('REDUCE_INTENSITY');
  expect(advice.querySelector('.advice__main')?.textContent).toBe(session.advice[0]!.text);
  expect([...advice.querySelectorAll('[data-field="advice-text"]')].map((e) => e.textContent)).toEqual(
    session.advice.map((a) => a.text),
  );
  expect(container.textContent).not.toMatch(/Back to baseline|suits you|In about two hours/);
  expect(container.querySelector('#session-saved')?.textContent).toBe('Your session is saved.');
});

test('sendsTheRedFlagsHeartRatesNoteAndEachItemsTargetZone', async () => {
  const { container, sent } = renderForm({ state: 'delivered', answer: aSessionView() });
  fill(container, ['FALL_OR_INJURY']);
  fireEvent.input(screen.getByLabelText('Average (beats a minute)'), { target: { value: '128' } });
  fireEvent.input(screen.getByLabelText('Highest (beats a minute)'), { target: { value: '151' } });
  fireEvent.input(screen.getByLabelText(/Anything else/), { target: { value: 'Tripped on the stairs.' } });
  fireEvent.submit(container.querySelector('#record-session')!);
  await waitFor(() => expect(sent).toHaveLength(1));
  const entry = sent[0]!;
  if (entry.kind !== 'session') throw new Error('not a session');
  expect(entry.body.redFlags).toEqual(['FALL_OR_INJURY']);
  expect(entry.body.averageHeartRateBpm).toBe(128);
  expect(entry.body.peakHeartRateBpm).toBe(151);
  expect(entry.body.note).toBe('Tripped on the stairs.');
  expect(entry.body.items).toEqual([
    {
      planItemId: 'item-walk',
      exerciseId: 'ex-walk',
      durationMinutes: 20,
      targetZoneLowPercent: 60,
      targetZoneHighPercent: 70,
    },
  ]);
});

test('aHeartRateOutside30To250IsRefusedBeforeSending', async () => {
  const { container, sent } = renderForm({ state: 'delivered', answer: aSessionView() });
  fill(container);
  fireEvent.input(screen.getByLabelText('Highest (beats a minute)'), { target: { value: '251' } });
  fireEvent.submit(container.querySelector('#record-session')!);
  expect((await screen.findByRole('alert')).textContent).toContain('from 30 to 250');
  expect(sent).toHaveLength(0);
});

test('theDuringHintStatesThePatientsOwnCeiling', () => {
  renderForm({ state: 'waiting' });
  expect(screen.getByText('Your limit while exercising is 5 out of 10.')).toBeTruthy();
});

test('aRedFlagInASessionShowsTheServersEmergencyAdviceAsAFocusedAlert', async () => {
  const text =
    'Stop the programme and get urgent same-day medical care (GP/urgent care) today; also tell your therapist.';
  const { container } = renderForm({
    state: 'delivered',
    answer: aSessionView({
      advice: [
        { code: 'SEEK_URGENT_CARE', text },
        { code: 'RECORD_FOLLOW_UP', text: 'Rate your pain again at 11:20.' },
      ],
    }),
  });
  fill(container, ['FALL_OR_INJURY']);
  fireEvent.submit(container.querySelector('#record-session')!);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain(text);
  await waitFor(() => expect(document.activeElement).toBe(alert));
  expect(container.querySelector('[data-testid="session-advice"]')?.getAttribute('data-advice-code')).toBe(
    'RECORD_FOLLOW_UP',
  );
});

test('offlineARedFlagInASessionShowsTheEmergencyWording', async () => {
  const { container } = renderForm({ state: 'waiting' });
  fill(container, ['CHEST_SYMPTOMS']);
  fireEvent.submit(container.querySelector('#record-session')!);
  const alert = await screen.findByRole('alert');
  expect(alert.getAttribute('data-source')).toBe('offline');
  expect(alert.textContent).toContain('call your local emergency number');
});

test('aSecondIdenticalSaveWithinAMinuteIsNotSentAgain', async () => {
  // The form is not reset here (as if the page had kept the ticks): the same session must still go once.
  const changes: SessionChange[] = [];
  const { container, sent } = renderForm({ state: 'delivered', answer: aSessionView() }, (change) =>
    changes.push(change),
  );
  fill(container);
  fireEvent.submit(container.querySelector('#record-session')!);
  await waitFor(() => expect(sent).toHaveLength(1));
  await waitFor(() => expect(changes.some((c) => c.type === 'reset')).toBe(true));
  fireEvent.submit(container.querySelector('#record-session')!);
  await waitFor(() =>
    expect(container.querySelector('#session-saved')?.textContent).toBe('This session is already saved.'),
  );
  expect(sent).toHaveLength(1);
});

test('aRefusedSessionKeepsTheFormAndMayBeSentAgain', async () => {
  const changes: SessionChange[] = [];
  const { container, sent } = renderForm(
    { state: 'refused', error: new Error('no'), message: 'The server did not accept it.' },
    (change) => changes.push(change),
  );
  fill(container);
  fireEvent.submit(container.querySelector('#record-session')!);
  await waitFor(() => expect(sent).toHaveLength(1));
  expect((await screen.findByRole('alert')).textContent).toContain('did not accept');
  expect(changes.some((c) => c.type === 'reset')).toBe(false);
  fireEvent.submit(container.querySelector('#record-session')!);
  await waitFor(() => expect(sent).toHaveLength(2));
});
