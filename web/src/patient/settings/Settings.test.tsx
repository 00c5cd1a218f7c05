import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import type { Consents, ConsentText, ContactPreferences } from '../../api/consents.ts';
import { aPatientRecord, fakePatientServices, jsonResponse, problemResponse } from '../../testing/fixtures.ts';
import { ConsentsContext } from '../consents.ts';
import { PatientContext } from '../usePatient.ts';
import { Settings } from './Settings.tsx';

const patientId = '0a7e0000-0000-4000-8000-000000000002';

const texts: ConsentText[] = [
  { kind: 'TELEHEALTH', version: '2026-12-01', text: 'Consent to telehealth\n\nBy video.', sha256: 'a'.repeat(64) },
  { kind: 'REMOTE_MONITORING', version: '2026-12-01', text: 'Remote monitoring.', sha256: 'b'.repeat(64) },
];

function consents(telehealthGranted: boolean): Consents {
  return {
    consents: texts.map((t) => ({
      kind: t.kind,
      currentVersion: t.version,
      decision: t.kind === 'TELEHEALTH' && !telehealthGranted ? 'WITHDRAWN' : 'ACCEPTED',
      decidedVersion: t.version,
      decidedAt: '2026-12-01T09:00:00Z',
      granted: t.kind !== 'TELEHEALTH' || telehealthGranted,
      decisionNeeded: false,
    })),
    decisionNeeded: false,
    history: [],
  };
}

const preferences: ContactPreferences = {
  followUpReminders: { inApp: true, email: false, webPush: false },
  programmeDayReminders: { inApp: true, email: false, webPush: false },
  programmeDayReminderTime: '18:00',
  visitReminders: { inApp: true, email: true, webPush: false },
  messageNotices: { inApp: true, email: false, webPush: false },
  quietHours: null,
  updatedAt: '2026-12-01T09:00:00Z',
};

function gateway(contactAnswer: () => Response) {
  return vi.fn<typeof fetch>(async (url, init) => {
    const path = String(url);
    const method = init?.method ?? 'GET';
    if (path.endsWith('/contact-preferences') && method === 'GET') return jsonResponse(preferences);
    if (path.endsWith('/contact-preferences')) return jsonResponse(preferences);
    if (path.endsWith('/contact') && method === 'PUT') return contactAnswer();
    if (path === '/api/v1/consent-texts') return jsonResponse(texts);
    if (path.endsWith('/consents') && method === 'POST') return jsonResponse(consents(false), 201);
    return problemResponse(404, 'Not Found');
  });
}

function show(update = vi.fn(), updateRecord = vi.fn()) {
  const record = aPatientRecord({
    goals: 'Walk the dog',
    contact: { preferredChannel: 'EMAIL', email: 'pat@example.org', phone: null },
  });
  return render(
    <PatientContext.Provider value={fakePatientServices({ record, updateRecord })}>
      <ConsentsContext.Provider value={{ consents: consents(true), update }}>
        <Settings />
      </ConsentsContext.Provider>
    </PatientContext.Provider>,
  );
}

test('theContactSaveSendsOnlyTheContactDetailsNeverTheGoals', async () => {
  const fetchMock = gateway(() => jsonResponse(aPatientRecord()));
  vi.stubGlobal('fetch', fetchMock);
  const updateRecord = vi.fn();
  show(vi.fn(), updateRecord);

  expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('pat@example.org');
  fireEvent.change(screen.getByLabelText('How your care team should reach you'), { target: { value: 'SMS' } });
  fireEvent.input(screen.getByLabelText('Phone'), { target: { value: ' +49 30 1234567 ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save contact details' }));

  await waitFor(() => expect(updateRecord).toHaveBeenCalled());
  const put = fetchMock.mock.calls.find(([u, i]) => String(u).endsWith('/contact') && i?.method === 'PUT');
  expect(String(put?.[0])).toBe(`/api/v1/patients/${patientId}/contact`);
  expect(JSON.parse(String(put?.[1]?.body))).toEqual({
    preferredChannel: 'SMS',
    email: 'pat@example.org',
    phone: '+49 30 1234567',
  });
  expect(await screen.findByText('Saved.')).toBeTruthy();
});

test('aRefusedContactShowsTheServersWordsBesideTheForm', async () => {
  vi.stubGlobal(
    'fetch',
    gateway(
      () =>
        new Response(
          JSON.stringify({
            type: 'urn:motus:problem:validation',
            title: 'Invalid request',
            status: 400,
            violations: [{ field: 'editContact.request.phone', message: 'must be a phone number' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    ),
  );
  show();

  fireEvent.input(screen.getByLabelText('Phone'), { target: { value: 'call me' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save contact details' }));

  expect((await screen.findByRole('alert')).textContent).toBe('Not saved: phone: must be a phone number');
});

test('withdrawingTelehealthIsAskedWithTheTextAndSaysWhatItMeans', async () => {
  const fetchMock = gateway(() => jsonResponse(aPatientRecord()));
  vi.stubGlobal('fetch', fetchMock);
  const update = vi.fn();
  show(update);

  const telehealth = document.querySelector('[data-kind="TELEHEALTH"] [data-field="standing"]');
  expect(telehealth?.textContent).toMatch(/^You accepted on .* \(text version 2026-12-01\)\.$/);
  fireEvent.click(document.getElementById('change-consent-TELEHEALTH')!);

  fireEvent.click(await screen.findByRole('radio', { name: 'I decline' }));
  fireEvent.click(screen.getByRole('button', { name: 'Save my answers and start' }));

  await waitFor(() => expect(update).toHaveBeenCalledWith(consents(false)));
  const posted = fetchMock.mock.calls.filter(([u, i]) => String(u).endsWith('/consents') && i?.method === 'POST');
  expect(posted.map(([, i]) => JSON.parse(String(i?.body)) as unknown)).toEqual([
    { kind: 'TELEHEALTH', textVersion: '2026-12-01', accepted: false },
  ]);
});

test('remindersSaveFromSettingsAndSayTheyAreSaved', async () => {
  const fetchMock = gateway(() => jsonResponse(aPatientRecord()));
  vi.stubGlobal('fetch', fetchMock);
  show();

  fireEvent.click(await screen.findByRole('button', { name: 'Save reminders' }));

  await waitFor(() =>
    expect(
      fetchMock.mock.calls.some(([u, i]) => String(u).endsWith('/contact-preferences') && i?.method === 'PUT'),
    ).toBe(true),
  );
  expect(await screen.findByText('Saved.')).toBeTruthy();
});

test('yourDataOffersTheSummaryPdfAndEverythingAsFhir', () => {
  vi.stubGlobal(
    'fetch',
    gateway(() => jsonResponse(aPatientRecord())),
  );
  show();

  expect(screen.getByRole('link', { name: 'Your summary of care (PDF)' }).getAttribute('href')).toBe(
    `/api/v1/discharge-summaries/${patientId}`,
  );
  expect(screen.getByRole('link', { name: 'Everything, as a FHIR file (JSON)' }).getAttribute('href')).toBe(
    `/fhir/R4/Patient/${patientId}/$everything`,
  );
});
