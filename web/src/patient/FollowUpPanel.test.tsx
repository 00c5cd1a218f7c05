import { fireEvent, render } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { aPatientRecord } from '../testing/fixtures.ts';
import { FollowUpPanel } from './FollowUpPanel.tsx';
import type { FollowUp } from './offline/followUps.ts';
import { PatientContext, type PatientServices } from './usePatient.ts';

const base: FollowUp = { sessionId: 's-1', patientId: 'p', painBefore: 3, dueAt: Date.parse('2026-11-27T10:00:00Z'), state: 'pending' };

function renderPanel(followUps: FollowUp[], due: FollowUp[] = [], answerFollowUp = vi.fn(async () => undefined)) {
  const services: PatientServices = {
    record: aPatientRecord(),
    waiting: [],
    followUps,
    due,
    send: async () => undefined,
    retryNow: async () => undefined,
    dismiss: async () => undefined,
    answerFollowUp,
    forgetFollowUp: async () => undefined,
  };
  return render(
    <PatientContext.Provider value={services}>
      <FollowUpPanel />
    </PatientContext.Provider>,
  );
}

test('beforeTwoHoursItSaysWhenItWillAsk', () => {
  const { container } = renderPanel([base]);
  expect(container.querySelector('[data-state="pending"]')?.textContent).toContain('we will ask how your pain is');
  expect(container.querySelector('input')).toBeNull();
});

test('whenDueItAsksAndSendsTheAnswerForThatSession', () => {
  const answer = vi.fn(async () => undefined);
  const { container } = renderPanel([base], [base], answer);
  fireEvent.click(container.querySelector('input[value="5"]')!);
  fireEvent.submit(container.querySelector('form[data-state="due"]')!);
  expect(answer).toHaveBeenCalledWith(base, 5, expect.any(String));
});

test('theServersOutcomeIsSaidInPlainWords', () => {
  const { container } = renderPanel([{ ...base, state: 'answered', answer: 5, outcome: 'NOT_BACK' }]);
  expect(container.querySelector('[data-outcome="NOT_BACK"] h2')?.textContent).toBe(
    'Not back: next time reduce intensity, keep the schedule.',
  );
});
