import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { aPatientRecord, fakePatientServices, jsonResponse, problemResponse } from '../testing/fixtures.ts';
import { TimeZoneSetting } from './TimeZoneSetting.tsx';
import { PatientContext } from './usePatient.ts';

test('showsTheRecordsZoneAndSavesAnotherOne', async () => {
  const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(aPatientRecord({ timeZone: 'America/New_York' })));
  vi.stubGlobal('fetch', fetchMock);
  const updateRecord = vi.fn();
  const { container } = render(
    <PatientContext.Provider value={fakePatientServices({ updateRecord })}>
      <TimeZoneSetting />
    </PatientContext.Provider>,
  );
  expect(container.querySelector('[data-field="time-zone"]')?.textContent).toBe('Europe/Berlin');
  fireEvent.input(screen.getByLabelText(/Time zone/), { target: { value: 'America/New_York' } });
  fireEvent.submit(container.querySelector('#time-zone')!);
  await waitFor(() => expect(updateRecord).toHaveBeenCalled());
  const [url, init] = fetchMock.mock.calls[0]!;
  expect(url).toBe('/api/v1/patients/0a7e0000-0000-4000-8000-000000000002/time-zone');
  expect(init?.method).toBe('PUT');
  expect(JSON.parse(String(init?.body))).toEqual({ timeZone: 'America/New_York' });
});

test('anUnknownZoneShowsTheServersWords', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => problemResponse(400, 'Bad Request', 'Unknown time zone: Mars/Base')),
  );
  const { container } = render(
    <PatientContext.Provider value={fakePatientServices()}>
      <TimeZoneSetting />
    </PatientContext.Provider>,
  );
  fireEvent.input(screen.getByLabelText(/Time zone/), { target: { value: 'Mars/Base' } });
  fireEvent.submit(container.querySelector('#time-zone')!);
  expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Unknown time zone: Mars/Base');
});
