import { render, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { App } from '../app.tsx';
import { aPatient, jsonResponse } from '../testing/fixtures.ts';
import { notForEmergencies } from './EmergencyNotice.tsx';

// The patient's screens' code never arrives (a phone's slow network): the notice must not wait for it.
vi.mock('./PatientApp.tsx', () => new Promise(() => undefined));

test('everyPatientScreenSaysMotusIsNotForEmergenciesEvenBeforeItsCodeAndRecordAreIn', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input) =>
      String(input) === '/api/v1/me'
        ? Promise.resolve(jsonResponse(aPatient()))
        : new Promise<Response>(() => undefined),
    ),
  );
  const { container } = render(<App />);
  await waitFor(() => expect(container.querySelector('#signed-in-role')?.textContent).toBe('Patient'));
  const notice = container.querySelector('footer[data-testid="not-for-emergencies"]');
  expect(notice?.textContent).toBe(notForEmergencies());
  expect(notForEmergencies()).toBe('Motus is not for emergencies. In an emergency, call your local emergency number.');
});

test('aTherapistIsNotShownThePatientsNotice', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input) =>
      String(input) === '/api/v1/me'
        ? Promise.resolve(jsonResponse(aPatient({ roles: ['therapist', 'patient'] })))
        : new Promise<Response>(() => undefined),
    ),
  );
  const { container } = render(<App />);
  await waitFor(() => expect(container.querySelector('#signed-in-role')?.textContent).toContain('Therapist'));
  expect(container.querySelector('[data-testid="not-for-emergencies"]')).toBeNull();
});
