import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { fakePatientServices } from '../testing/fixtures.ts';
import { DailyCheckIn } from './DailyCheckIn.tsx';
import type { NewEntry } from './offline/outbox.ts';
import { PatientContext, type Delivery } from './usePatient.ts';

const serverEmergency = 'Stop the programme now and call the emergency number 112.';

function renderCheckIn(delivery: Delivery) {
  const sent: NewEntry[] = [];
  const send = vi.fn(async (entry: NewEntry) => {
    sent.push(entry);
    return delivery;
  });
  const view = render(
    <PatientContext.Provider value={fakePatientServices({ send })}>
      <DailyCheckIn />
    </PatientContext.Provider>,
  );
  return { ...view, sent };
}

function answer(container: Element, pain: number, flags: string[]) {
  fireEvent.click(container.querySelector(`input[name="daily-pain"][value="${pain}"]`)!);
  for (const flag of flags)
    fireEvent.click(container.querySelector(`[data-testid="daily-red-flags"] input[value="${flag}"]`)!);
  fireEvent.submit(container.querySelector('#daily-check-in')!);
}

test('theRedFlagQuestionsAreAFieldsetWithALegendAndOneLabelledCheckboxEachPlusNoneOfThese', () => {
  const { container } = renderCheckIn({ state: 'delivered', answer: { advice: [] } });
  const fieldset = container.querySelector('fieldset[data-testid="daily-red-flags"]')!;
  expect(fieldset.querySelector('legend')?.textContent).toMatch(/have you had any of these/);
  const boxes = [...fieldset.querySelectorAll('input[type="checkbox"]')];
  expect(boxes).toHaveLength(8);
  expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeTruthy();
  expect(screen.getByRole('checkbox', { name: /Chest pain, unusual breathlessness/ })).toBeTruthy();
  // "None of these" and a yes exclude each other.
  fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
  fireEvent.click(screen.getByRole('checkbox', { name: /A fall or an injury/ }));
  expect((screen.getByRole('checkbox', { name: 'None of these' }) as HTMLInputElement).checked).toBe(false);
});

test('withoutAnAnswerToTheRedFlagQuestionsNothingIsSent', async () => {
  const { container, sent } = renderCheckIn({ state: 'delivered', answer: { advice: [] } });
  answer(container, 3, []);
  expect((await screen.findByRole('alert')).textContent).toContain('None of these');
  expect(sent).toHaveLength(0);
});

test('aYesIsSentAsItsCodeAndTheServersEmergencyAdviceIsShownAtOnceWithTheFocus', async () => {
  const { container, sent } = renderCheckIn({
    state: 'delivered',
    answer: { advice: [{ code: 'CALL_EMERGENCY', text: serverEmergency }] },
  });
  answer(container, 8, ['CHEST_SYMPTOMS']);
  const alert = await screen.findByRole('alert');
  expect(alert.getAttribute('data-testid')).toBe('emergency-alert');
  expect(alert.getAttribute('data-advice-code')).toBe('CALL_EMERGENCY');
  expect(alert.getAttribute('data-source')).toBe('server');
  expect(alert.textContent).toContain(serverEmergency);
  await waitFor(() => expect(document.activeElement).toBe(alert));
  const entry = sent[0]!;
  expect(entry.kind === 'check-in' && entry.body.redFlags).toEqual(['CHEST_SYMPTOMS']);
});

test('offlineAYesStillShowsTheEmergencyWordingAtOnceAndIsQueued', async () => {
  const { container, sent } = renderCheckIn({ state: 'waiting' });
  answer(container, 5, ['SADDLE_NUMBNESS_BLADDER_BOWEL', 'NIGHT_PAIN']);
  const alert = await screen.findByRole('alert');
  expect(alert.getAttribute('data-source')).toBe('offline');
  expect(alert.getAttribute('data-advice-code')).toBe('CALL_EMERGENCY');
  expect(alert.textContent).toContain('Stop your exercise programme now and call your local emergency number.');
  expect(container.querySelector('#check-in-saved')?.textContent).toContain('saved on this phone');
  expect(sent).toHaveLength(1);
});

test('offlineOtherRedFlagsSayUrgentSameDayCare', async () => {
  const { container } = renderCheckIn({ state: 'waiting' });
  answer(container, 5, ['LEG_WEAKNESS_NUMBNESS']);
  const alert = await screen.findByRole('alert');
  expect(alert.getAttribute('data-advice-code')).toBe('SEEK_URGENT_CARE');
  expect(alert.textContent).toContain('urgent medical care today');
});

test('allNoOfflineShowsNoAlert', async () => {
  const { container } = renderCheckIn({ state: 'waiting' });
  fireEvent.click(container.querySelector('input[name="daily-pain"][value="2"]')!);
  fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
  fireEvent.submit(container.querySelector('#daily-check-in')!);
  await waitFor(() => expect(container.querySelector('#check-in-saved')?.textContent).toContain('2 out of 10'));
  expect(container.querySelector('[data-testid="emergency-alert"]')).toBeNull();
});

test('theNoteHasALiveCounterAndStopsAtAThousandCharacters', async () => {
  const { container, sent } = renderCheckIn({ state: 'delivered', answer: { advice: [] } });
  const note = screen.getByLabelText(/Anything else/) as HTMLTextAreaElement;
  expect(note.maxLength).toBe(1000);
  fireEvent.input(note, { target: { value: 'Stiff in the morning.' } });
  expect(container.querySelector('[data-field="note-count"]')?.textContent).toBe('21 of 1,000 characters');
  expect(note.getAttribute('aria-describedby')).toBe('daily-note-count');
  answer(container, 3, ['NONE']);
  await waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0]!.kind === 'check-in' && sent[0]!.body.note).toBe('Stiff in the morning.');
});
