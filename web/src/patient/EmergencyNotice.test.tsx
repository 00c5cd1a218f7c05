import { render } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { aPatient } from '../testing/fixtures.ts';
import { notForEmergencies } from './EmergencyNotice.tsx';
import { PatientApp } from './PatientApp.tsx';

test('everyPatientScreenSaysMotusIsNotForEmergenciesEvenWhileLoading', () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined)),
  );
  const { container } = render(<PatientApp me={aPatient()} />);
  const notice = container.querySelector('footer[data-testid="not-for-emergencies"]');
  expect(notice?.textContent).toBe(notForEmergencies());
  expect(notForEmergencies()).toBe('Motus is not for emergencies. In an emergency, call your local emergency number.');
});
