import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import type { Consents, ConsentText, ContactPreferences } from '../../api/consents.ts';
import { aPatientRecord, fakePatientServices, jsonResponse, problemResponse } from '../../testing/fixtures.ts';
import { PatientContext } from '../usePatient.ts';
import { FirstSignIn } from './FirstSignIn.tsx';

const patientId = '0a7e0000-0000-4000-8000-000000000002';

const texts: ConsentText[] = [
  { kind: 'TELEHEALTH', version: '2026-12-01', text: 'Consent to telehealth\n\nBy video.', sha256: 'a'.repeat(64) },
  {
    kind: 'REMOTE_MONITORING',
    version: '2026-12-01',
    text: 'Consent to remote monitoring\n\nBetween visits.',
    sha256: 'b'.repeat(64),
  },
];

function consents(overrides: Partial<Consents> = {}): Consents {
  return {
    consents: texts.map((t) => ({
      kind: t.kind,
      currentVersion: t.version,
      decision: null,
      decidedVersion: null,
      decidedAt: null,
      granted: false,
      decisionNeeded: true,
    })),
    decisionNeeded: true,
    history: [],
    ...overrides,
  };
}

const defaults: ContactPreferences = {
  followUpReminders: { inApp: true, email: false, webPush: false },
  programmeDayReminders: { inApp: true, email: false, webPush: false },
  programmeDayReminderTime: '18:00',
  visitReminders: { inApp: true, email: false, webPush: false },
  messageNotices: { inApp: true, email: false, webPush: false },
  quietHours: { start: '22:00', end: '07:00' },
  updatedAt: null,
};

/** A fake gateway answering by path; `consentAnswer` decides what a POST of a consent gets. */
function gateway(consentAnswer: () => Response = () => jsonResponse(consents({ decisionNeeded: false }), 201)) {
  return vi.fn<typeof fetch>(async (url, init) => {
    const path = String(url);
    const method = init?.method ?? 'GET';
    if (path.endsWith('/time-zone')) return jsonResponse(aPatientRecord({ timeZone: 'Europe/Lisbon' }));
    if (path.endsWith('/contact-preferences') && method === 'GET') return jsonResponse(defaults);
    if (path.endsWith('/contact-preferences')) return jsonResponse({ ...defaults, updatedAt: '2026-12-04T10:00:00Z' });
    if (path === '/api/v1/consent-texts') return jsonResponse(texts);
    if (path.endsWith('/consents') && method === 'POST') return consentAnswer();
    return problemResponse(404, 'Not Found');
  });
}

function show(start: Consents, onDone = vi.fn(), updateRecord = vi.fn()) {
  return render(
    <PatientContext.Provider value={fakePatientServices({ updateRecord })}>
      <FirstSignIn consents={start} onDone={onDone} />
    </PatientContext.Provider>,
  );
}

test('aNewPatientGoesFromTheWelcomeThroughTimeZoneAndPreferencesToBothConsents', async () => {
  const fetchMock = gateway();
  vi.stubGlobal('fetch', fetchMock);
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
    ...new Intl.DateTimeFormat().resolvedOptions(),
    timeZone: 'Europe/Lisbon',
  });
  const onDone = vi.fn();
  const updateRecord = vi.fn();
  show(consents(), onDone, updateRecord);

  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Motus');
  expect(screen.getByText(/Motus is not for emergencies/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your time zone');
  expect((screen.getByLabelText(/Time zone/) as HTMLInputElement).value).toBe('Europe/Lisbon');
  fireEvent.click(screen.getByRole('button', { name: 'Use this time zone' }));
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How Motus reminds you'));
  expect(updateRecord).toHaveBeenCalled();

  const push = await screen.findAllByRole('checkbox', { name: 'Notification on this device' });
  fireEvent.click(push[0]!); // the first kind: follow-up reminders
  fireEvent.input(screen.getByLabelText('At (your local time)'), { target: { value: '19:15' } });
  fireEvent.click(screen.getByRole('checkbox', { name: /No reminders at night/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your consent'));
  const put = fetchMock.mock.calls.find(([u, i]) => String(u).endsWith('/contact-preferences') && i?.method === 'PUT');
  expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({
    followUpReminders: { inApp: true, email: false, webPush: true },
    programmeDayReminderTime: '19:15',
    quietHours: null,
  });

  fireEvent.click(await screen.findByRole('radio', { name: 'I accept', description: /By video/ }));
  const declines = screen.getAllByRole('radio', { name: 'I decline' });
  fireEvent.click(declines[1]!);
  fireEvent.click(screen.getByRole('button', { name: 'Save my answers and start' }));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  const decisions = fetchMock.mock.calls
    .filter(([u, i]) => String(u).endsWith('/consents') && i?.method === 'POST')
    .map(([u, i]) => [String(u), JSON.parse(String(i?.body)) as unknown]);
  expect(decisions).toEqual([
    [`/api/v1/patients/${patientId}/consents`, { kind: 'TELEHEALTH', textVersion: '2026-12-01', accepted: true }],
    [
      `/api/v1/patients/${patientId}/consents`,
      { kind: 'REMOTE_MONITORING', textVersion: '2026-12-01', accepted: false },
    ],
  ]);
});

test('nothingIsSentUntilEveryConsentIsAnsweredAndWhatDecliningMeansIsSaid', async () => {
  const fetchMock = gateway();
  vi.stubGlobal('fetch', fetchMock);
  const earlier = consents({
    history: [
      {
        id: 'c0a5e000-0000-4000-8000-000000000001',
        kind: 'TELEHEALTH',
        textVersion: '2025-01-01',
        textSha256: 'c'.repeat(64),
        decision: 'ACCEPTED',
        decidedAt: '2025-01-02T08:00:00Z',
        client: null,
      },
    ],
  });
  show(earlier);
  // A patient who decided on older texts goes straight to the consents.
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your consent');
  expect(await screen.findByText(/cannot join video visits/)).toBeTruthy();
  expect(screen.getByText(/not counted as remote monitoring/)).toBeTruthy();
  fireEvent.click(screen.getAllByRole('radio', { name: 'I accept' })[0]!);
  fireEvent.click(screen.getByRole('button', { name: 'Save my answers and start' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Please answer each consent: accept or decline.');
  expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'POST')).toBe(false);
});

test('aTextThatChangedWhileReadingIsShownAgainNotAcceptedBlindly', async () => {
  const fetchMock = gateway(() =>
    problemResponse(409, 'Conflict', 'The TELEHEALTH consent text in force is version 2027-01-01'),
  );
  vi.stubGlobal('fetch', fetchMock);
  const onDone = vi.fn();
  show(
    consents({
      history: [
        {
          id: 'x',
          kind: 'TELEHEALTH',
          textVersion: '2025-01-01',
          textSha256: 'c'.repeat(64),
          decision: 'ACCEPTED',
          decidedAt: '2025-01-02T08:00:00Z',
          client: null,
        },
      ],
    }),
    onDone,
  );
  await screen.findByText(/By video/);
  for (const accept of screen.getAllByRole('radio', { name: 'I accept' })) fireEvent.click(accept);
  fireEvent.click(screen.getByRole('button', { name: 'Save my answers and start' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/changed while you were reading/);
  expect(onDone).not.toHaveBeenCalled();
});
